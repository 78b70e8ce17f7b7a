import { useNavigate } from '@tanstack/react-router';
import { t } from '../i18n.ts';
import type { KontenSearch } from '../routes/search.ts';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { KontenBoard } from './board.tsx';
import { KontenList } from './list.tsx';
import { useUnits } from './queries.ts';

/** "Konten": the board by state (default) or the filterable list, with the way to write a new item. */
export function KontenPage({ search }: { search: KontenSearch }) {
  const navigate = useNavigate();
  const list = search.tampilan === 'daftar';
  const unitId = search.unit ?? '';
  const units = useUnits().data?.items ?? [];
  return (
    <Page
      title={t('konten.title')}
      actions={
        <Link className="button-link" to={`/konten/baru${unitId ? `?unit=${unitId}` : ''}`}>
          {t('konten.new')}
        </Link>
      }
    >
      <nav aria-label={t('konten.views')} className="tabs">
        <ul>
          <li>
            <Link to={`/konten${unitId ? `?unit=${unitId}` : ''}`} current={!list}>
              {t('konten.board')}
            </Link>
          </li>
          <li>
            <Link to={`/konten?tampilan=daftar${unitId ? `&unit=${unitId}` : ''}`} current={list}>
              {t('konten.list')}
            </Link>
          </li>
        </ul>
      </nav>
      {list ? (
        <KontenList search={search} />
      ) : (
        <>
          <label className="inline-filter">
            {t('konten.unit')}{' '}
            <select value={unitId} onChange={(e) => void navigate({ to: '/konten', search: { unit: e.target.value || undefined } })}>
              <option value="">{t('konten.any')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <KontenBoard unitId={unitId} />
        </>
      )}
    </Page>
  );
}
