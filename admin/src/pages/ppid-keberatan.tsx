import { formatDate, formatDateTime, t } from '../i18n.ts';
import type { KeberatanSearch } from '../routes/search.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { groundLetterText, type KeberatanListItem, kbrProcessRoles, kbrStatuses, kbrStatusText, kbrViewRoles, stageText } from './ppid-keberatan-terms.ts';
import { queryOf, UnitStatusFilter, usePpidUnits } from './ppid-units.tsx';

/** A unit's register of objections, soonest answer deadline first, overdue ones marked; no personal data. */
export function KeberatanListPage({ search }: { search: KeberatanSearch }) {
  const { me } = useSession();
  const status = search.status ?? '';
  const { loaded, units, chosen } = usePpidUnits(search.unit ?? null);
  const mayRead = chosen !== null && hasUnitRole(me, chosen.id, ...kbrViewRoles);
  const mayRegister = chosen !== null && hasUnitRole(me, chosen.id, ...kbrProcessRoles);
  const list = useLoad<Items<KeberatanListItem>>(mayRead ? `/units/${chosen.id}/keberatan?sort=jatuhTempo${status ? `&status=${status}` : ''}` : null);
  return (
    <Page
      title={t('kbr.title')}
      actions={
        mayRegister && (
          <Link className="button-link" to={`/keberatan/baru${queryOf({ unit: chosen.id })}`}>
            {t('kbr.add')}
          </Link>
        )
      }
    >
      <p>{t('kbr.intro')}</p>
      <LoadState loaded={loaded} />
      {loaded.data && units.length === 0 && <p>{t('ppid.noUnits')}</p>}
      {chosen && <UnitStatusFilter path="/keberatan" units={units} chosen={chosen} status={status} statuses={kbrStatuses} statusText={kbrStatusText} />}
      {chosen && !mayRead && <p className="alert alert-warn">{t('kbr.notYours')}</p>}
      <LoadState loaded={list} />
      {list.data && list.data.items.length === 0 && <p>{t('app.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="stack">
            <caption className="visually-hidden">{t('kbr.caption', { unit: chosen?.name ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kbr.number')}</th>
                <th scope="col">{t('pmh.status')}</th>
                <th scope="col">{t('kbr.due')}</th>
                <th scope="col">{t('kbr.permohonan')}</th>
                <th scope="col">{t('pmh.received')}</th>
                <th scope="col">{t('kbr.grounds')}</th>
                <th scope="col">{t('kbr.dispute')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((k) => (
                <tr key={k.id} className={k.overdue ? 'row-overdue' : undefined}>
                  <td data-label={t('kbr.number')}>
                    <Link to={`/keberatan/${k.id}`} aria-label={t('kbr.open', { number: k.number })}>
                      {k.number}
                    </Link>
                  </td>
                  <td data-label={t('pmh.status')}>
                    {kbrStatusText(k.status)}
                    {k.verdict && <span className="block">{t(`kbr.verdict.${k.verdict}`)}</span>}
                  </td>
                  <td data-label={t('kbr.due')}>
                    <KbrDue dueDate={k.dueDate} overdue={k.overdue} filedLate={k.filedLate} />
                  </td>
                  <td data-label={t('kbr.permohonan')}>{k.permohonanNumber}</td>
                  <td data-label={t('pmh.received')}>{formatDateTime(k.receivedAt)}</td>
                  <td data-label={t('kbr.grounds')}>
                    <abbr title={k.grounds.map(groundLetterText).join('; ')}>{k.grounds.join(', ')}</abbr>
                  </td>
                  <td data-label={t('kbr.dispute')}>{k.disputeStage ? stageText(k.disputeStage) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

/** The Atasan PPID's answer deadline with the overdue and filed-late marks. */
export function KbrDue({ dueDate, overdue, filedLate }: { dueDate: string | null; overdue: boolean; filedLate?: boolean }) {
  return (
    <span className="due">
      {dueDate ? formatDate(dueDate) : <span className="muted">{t('pmh.duePending')}</span>}
      {overdue && <span className="badge badge-danger">{t('pmh.overdue')}</span>}
      {filedLate && <span className="badge badge-muted">{t('kbr.filedLate')}</span>}
    </span>
  );
}
