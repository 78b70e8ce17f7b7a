import { formatDate, formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { PermohonanSearch } from '../routes/search.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { type PermohonanListItem, ppidOfficerRoles, statuses, statusText } from './ppid-terms.ts';
import { queryOf, UnitStatusFilter, usePpidUnits } from './ppid-units.tsx';

const sorts = ['jatuhTempo', 'diterima'] as const;
type Sort = (typeof sorts)[number];

/**
 * A unit's information requests (the register): soonest running deadline first or newest first,
 * searchable by number or requester name, overdue ("not answered in time") and due-soon rows
 * marked by colour and by words, and counted above the table.
 */
export function PermohonanListPage({ search }: { search: PermohonanSearch }) {
  const { me } = useSession();
  const status = search.status ?? '';
  const q = search.q ?? '';
  const sort: Sort = search.sort ?? 'jatuhTempo';
  const { loaded, units, chosen } = usePpidUnits(search.unit ?? null);
  const list = useLoad<Items<PermohonanListItem>>(chosen ? `/units/${chosen.id}/permohonan${queryOf({ sort, status, q })}` : null);
  const mayEnter = chosen !== null && hasUnitRole(me, chosen.id, ...ppidOfficerRoles);
  const items = list.data?.items ?? [];
  const overdue = items.filter((p) => p.overdue).length;
  const dueSoon = items.filter((p) => p.dueSoon).length;
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
      {chosen && (
        <UnitStatusFilter path="/permohonan" units={units} chosen={chosen} status={status} statuses={statuses} statusText={statusText} extra={{ q, sort }}>
          <Field label={t('pmh.search')} hint={t('pmh.searchHint')}>
            {(a) => <input {...a} type="search" name="q" maxLength={100} defaultValue={q} autoComplete="off" />}
          </Field>
          <Field label={t('pmh.sort')}>
            {(a) => (
              <select {...a} name="sort" defaultValue={sort}>
                {sorts.map((s) => (
                  <option key={s} value={s}>
                    {t(`pmh.sort.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </UnitStatusFilter>
      )}
      <LoadState loaded={list} />
      {list.data && items.length === 0 && <p>{q ? t('pmh.searchNone', { q }) : t('app.empty')}</p>}
      {list.data && items.length > 0 && (
        <>
          <p role="status" className={overdue > 0 ? 'alert alert-error' : dueSoon > 0 ? 'alert alert-warn' : 'muted'}>
            {t('pmh.urgency', { overdue, dueSoon, n: items.length })}
          </p>
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
                {items.map((p) => (
                  <tr key={p.id} className={p.overdue ? 'row-overdue' : p.dueSoon ? 'row-due-soon' : undefined}>
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

/** The legal due date, the extended one once granted, and the overdue ("not answered in time") or due-soon mark in words. */
export function DueDates({ item }: { item: Pick<PermohonanListItem, 'dueDate' | 'extendedDueDate' | 'overdue' | 'decidedAt'> & { dueSoon?: boolean } }) {
  return (
    <span className="due">
      {item.dueDate ? formatDate(item.dueDate) : <span className="muted">{t('pmh.duePending')}</span>}
      {item.extendedDueDate && <span className="block">{t('pmh.extendedTo', { date: formatDate(item.extendedDueDate) })}</span>}
      {item.overdue && <span className="badge badge-danger">{t('pmh.overdue')}</span>}
      {!item.overdue && item.dueSoon && <span className="badge badge-warn">{t('pmh.dueSoon')}</span>}
    </span>
  );
}
