import { useNavigate } from '@tanstack/react-router';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { LiputanSearch } from '../routes/search.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { queryOf } from './ppid-units.tsx';
import { type Liputan, plannerRoles, useNewsroomUnits, zoneName } from './redaksi-terms.ts';

/** "Penugasan liputan": my assignments (the default) or a unit's, open ones or all. */
export function LiputanListPage({ search }: { search: LiputanSearch }) {
  const navigate = useNavigate();
  const { me } = useSession();
  const lihatUnit = search.lihat === 'unit';
  const semua = search.status === 'semua';
  const { loaded, units, chosen } = useNewsroomUnits(search.unit ?? null);
  const status = semua ? 'semua' : 'terbuka';
  const path = lihatUnit ? (chosen ? `/liputan?unit=${chosen.id}&status=${status}` : null) : `/liputan?saya=1&status=${status}`;
  const list = useLoad<Items<Liputan>>(path);
  const mayAssign = chosen !== null && hasUnitRole(me, chosen.id, ...plannerRoles);
  const items = list.data?.items ?? [];
  const go = (next: LiputanSearch) => void navigate({ to: '/liputan', search: next });
  return (
    <Page
      title={t('lpt.title')}
      actions={
        mayAssign && (
          <Link className="button-link" to={`/liputan/baru${queryOf({ unit: chosen.id })}`}>
            {t('lpt.new')}
          </Link>
        )
      }
    >
      <p>{t('lpt.intro')}</p>
      <nav className="tabs" aria-label={t('lpt.title')}>
        <ul>
          <li>
            <Link to={`/liputan${queryOf({ status: semua ? 'semua' : undefined })}`} current={!lihatUnit}>
              {t('lpt.mine')}
            </Link>
          </li>
          {units.length > 0 && (
            <li>
              <Link to={`/liputan${queryOf({ lihat: 'unit', unit: chosen?.id, status: semua ? 'semua' : undefined })}`} current={lihatUnit}>
                {t('lpt.unit')}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      <LoadState loaded={loaded} />
      <form
        key={`${lihatUnit}-${chosen?.id}-${status}`}
        className="filters"
        aria-label={t('lpt.show')}
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          go({
            lihat: lihatUnit ? 'unit' : undefined,
            unit: lihatUnit ? String(data.get('unit') ?? '') || undefined : undefined,
            status: data.get('status') === 'semua' ? 'semua' : undefined,
          });
        }}
      >
        {lihatUnit && chosen && units.length > 1 && (
          <Field label={t('rdk.unit')}>
            {(a) => (
              <select {...a} name="unit" defaultValue={chosen.id}>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('rdk.status')}>
          {(a) => (
            <select {...a} name="status" defaultValue={status}>
              <option value="terbuka">{t('lpt.open')}</option>
              <option value="semua">{t('lpt.all')}</option>
            </select>
          )}
        </Field>
        <button type="submit">{t('lpt.show')}</button>
      </form>
      <LoadState loaded={list} />
      {list.data && items.length === 0 && (
        <p className="empty">{!lihatUnit ? t('lpt.emptyMine') : mayAssign ? t('lpt.emptyUnit') : t('lpt.emptyUnitReader')}</p>
      )}
      {items.length > 0 && <LiputanCards items={items} showUnit={!lihatUnit} zone={zoneName(me)} />}
    </Page>
  );
}

/** Assignments as cards: one column on a phone, the facts a crew needs at a glance. */
export function LiputanCards({ items, showUnit, zone }: { items: Liputan[]; showUnit: boolean; zone: string }) {
  return (
    <ul className="lpt-list">
      {items.map((l) => (
        <li key={l.id}>
          <h3>
            <Link to={`/liputan/${l.id}`}>{l.kegiatan}</Link>
          </h3>
          <p>
            <span className={l.status === 'dibatalkan' ? 'badge badge-muted' : l.status === 'selesai' ? 'badge badge-ok' : 'badge'}>
              {t(`lpt.st.${l.status}` as MessageKey)}
            </span>
            {l.saya && <span className="badge badge-warn">{t('lpt.youAre')}</span>}
          </p>
          <p>{t('lpt.when', { date: formatDate(l.tanggal), time: l.jam.replace(':', '.'), zone })}</p>
          <p>{l.tempat}</p>
          {showUnit && l.unitNama && <p className="muted">{l.unitNama}</p>}
          <p className="muted">{t('lpt.crew', { names: crewText(l) })}</p>
        </li>
      ))}
    </ul>
  );
}

/** "Nama (Kameramen, Penulis); Nama (Editor video)". */
export function crewText(l: Liputan): string {
  const names = [...new Set(l.petugas.map((p) => p.nama))];
  return names
    .map(
      (n) =>
        `${n} (${l.petugas
          .filter((p) => p.nama === n)
          .map((p) => t(`lpt.pr.${p.peran}` as MessageKey))
          .join(', ')})`,
    )
    .join('; ');
}
