import { formatDate, formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { type PermohonanListItem, ppidOfficerRoles, statuses, statusText } from './ppid-terms.ts';
import { queryOf, UnitStatusFilter, usePpidUnits } from './ppid-units.tsx';

/** A unit's information requests, soonest running deadline first, overdue ones marked. */
export function PermohonanListPage({ query }: { query: URLSearchParams }) {
  const { me } = useSession();
  const status = query.get('status') ?? '';
  const { loaded, units, chosen } = usePpidUnits(query.get('unit'));
  const list = useLoad<Items<PermohonanListItem>>(chosen ? `/units/${chosen.id}/permohonan?sort=jatuhTempo${status ? `&status=${status}` : ''}` : null);
  const mayEnter = chosen !== null && hasUnitRole(me, chosen.id, ...ppidOfficerRoles);
  return (
    <Page
      title={t('pmh.title')}
      actions={
        mayEnter && (
          <Link className="button-link" to={`/permohonan/baru${queryOf({ unit: chosen.id })}`}>
            {t('pmh.add')}
          </Link>
        )
      }
    >
      <p>{t('pmh.intro')}</p>
      <LoadState loaded={loaded} />
      {loaded.data && units.length === 0 && <p>{t('ppid.noUnits')}</p>}
      {chosen && <UnitStatusFilter path="/permohonan" units={units} chosen={chosen} status={status} statuses={statuses} statusText={statusText} />}
      <LoadState loaded={list} />
      {list.data && list.data.items.length === 0 && <p>{t('app.empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <p className="muted">{t('pmh.auditNote')}</p>
          <div className="table-wrap">
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">{t('pmh.number')}</th>
                  <th scope="col">{t('pmh.status')}</th>
                  <th scope="col">{t('pmh.running')}</th>
                  <th scope="col">{t('pmh.received')}</th>
                  <th scope="col">{t('pmh.channel')}</th>
                  <th scope="col">{t('pmh.details')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.id} className={p.overdue ? 'row-overdue' : undefined}>
                    <td data-label={t('pmh.number')}>
                      <Link to={`/permohonan/${p.id}`} aria-label={t('pmh.open', { number: p.number })}>
                        {p.number}
                      </Link>
                    </td>
                    <td data-label={t('pmh.status')}>{statusText(p.status)}</td>
                    <td data-label={t('pmh.running')}>
                      <DueDates item={p} />
                    </td>
                    <td data-label={t('pmh.received')}>{formatDateTime(p.receivedAt)}</td>
                    <td data-label={t('pmh.channel')}>{t(`pmh.channel.${p.channel}` as MessageKey)}</td>
                    <td data-label={t('pmh.details')} className="clip">
                      {p.informationDetails}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Page>
  );
}

/** The legal due date, the extended one once granted, and the overdue mark. */
export function DueDates({ item }: { item: Pick<PermohonanListItem, 'dueDate' | 'extendedDueDate' | 'overdue' | 'decidedAt'> }) {
  return (
    <span className="due">
      {item.dueDate ? formatDate(item.dueDate) : <span className="muted">{t('pmh.duePending')}</span>}
      {item.extendedDueDate && <span className="block">{t('pmh.extendedTo', { date: formatDate(item.extendedDueDate) })}</span>}
      {item.overdue && <span className="badge badge-danger">{t('pmh.overdue')}</span>}
    </span>
  );
}
