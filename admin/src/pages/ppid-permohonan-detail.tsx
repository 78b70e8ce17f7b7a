import { apiDownload } from '../api.ts';
import { formatDate, formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { todayIn } from '../zone.ts';
import { LampiranCard } from './lampiran-card.tsx';
import { CaseHistory } from './ppid-case-history.tsx';
import { kbrProcessRoles, noticeReady } from './ppid-keberatan-terms.ts';
import { NoticeCard } from './ppid-pemberitahuan.tsx';
import { DueDates } from './ppid-permohonan.tsx';
import { PermohonanActions } from './ppid-permohonan-actions.tsx';
import { type Decision, groundText, type PermohonanDetail, ppidOfficerRoles, statusText } from './ppid-terms.ts';
import { queryOf } from './ppid-units.tsx';

const openStatuses = ['terdaftar', 'diproses', 'diperpanjang'];
/** Decisions that deliver information, and so may carry files and links. */
const grantedStatuses = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian'];

/** One request: deadline, requester (this view is audited), what is asked, history and the allowed actions. */
export function PermohonanDetailPage({ id }: { id: string }) {
  const { me } = useSession();
  const loaded = useLoad<PermohonanDetail & { hasIdentity?: boolean }>(`/permohonan/${id}`);
  const p = loaded.data;
  const running = p ? (p.extendedDueDate ?? p.dueDate) : null;
  const overdue = p !== null && openStatuses.includes(p.status) && running !== null && running < todayIn(me.tenant.timeZone);
  const label = (key: MessageKey, value: string | null | undefined) => (
    <>
      <dt>{t(key)}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
  return (
    <Page title={p ? t('pmh.detailTitle', { number: p.number }) : t('pmh.title')}>
      <p>
        <Link to={`/permohonan${p ? `?unit=${p.unitId}` : ''}`}>← {t('pmh.backToList')}</Link>
      </p>
      <p className="alert alert-warn">{t('pmh.auditNote')}</p>
      <LoadState loaded={loaded} />
      {p && (
        <>
          <section className="card" aria-labelledby="pmh-summary">
            <h2 id="pmh-summary">{t('pmh.summary')}</h2>
            <dl className="facts">
              {label('pmh.status', statusText(p.status))}
              <dt>{t('pmh.running')}</dt>
              <dd>
                <DueDates item={{ ...p, overdue }} />
              </dd>
              {label('pmh.due', p.dueDate ? formatDate(p.dueDate) : t('pmh.duePending'))}
              {p.extendedDueDate && label('pmh.extendedDue', formatDate(p.extendedDueDate))}
              {p.extensionReason && label('pmh.extensionReason', p.extensionReason)}
              {label('pmh.received', formatDateTime(p.receivedAt))}
              {label('pmh.registered', formatDateTime(p.registeredAt))}
              {label('pmh.channel', t(`pmh.channel.${p.channel}` as MessageKey))}
              {p.decidedAt && label('pmh.decided', formatDateTime(p.decidedAt))}
              {p.decision && <DecisionFacts decision={p.decision} />}
            </dl>
          </section>
          <section className="card" aria-labelledby="pmh-requester">
            <h2 id="pmh-requester">{t('pmh.requester')}</h2>
            <dl className="facts">
              {label('pmh.requesterType', t(`pmh.requesterType.${p.requesterType}` as MessageKey))}
              {label('pmh.requesterName', p.requesterName)}
              {label('pmh.requesterAddress', p.requesterAddress)}
              {label('pmh.requesterOccupation', p.requesterOccupation)}
              {label('pmh.requesterPhone', p.requesterPhone)}
              {label('pmh.requesterEmail', p.requesterEmail)}
            </dl>
            {p.hasIdentity && <IdentityCopy id={p.id} unitId={p.unitId} />}
          </section>
          <section className="card" aria-labelledby="pmh-request">
            <h2 id="pmh-request">{t('pmh.request')}</h2>
            <dl className="facts">
              {label('pmh.informationDetails', p.informationDetails)}
              {label('pmh.purpose', p.purpose)}
              {label('pmh.obtainMethod', t(`pmh.obtain.${p.obtainMethod}` as MessageKey))}
              {p.copyDelivery && label('pmh.copyDelivery', t(`pmh.copy.${p.copyDelivery}` as MessageKey))}
            </dl>
          </section>
          <PermohonanActions permohonan={p} onChanged={loaded.reload} />
          {grantedStatuses.includes(p.status) && (
            <LampiranCard base={`/permohonan/${p.id}`} intro={t('lmp.introPermohonan')} mayManage={hasUnitRole(me, p.unitId, ...ppidOfficerRoles)} />
          )}
          <NoticeCard permohonan={p} onChanged={loaded.reload} />
          {noticeReady(p.status) && hasUnitRole(me, p.unitId, ...kbrProcessRoles) && (
            <p>
              <Link to={`/keberatan/baru${queryOf({ unit: p.unitId, permohonan: p.number })}`}>{t('kbr.addForRequest')}</Link>
            </p>
          )}
          <CaseHistory id="pmh-history" steps={p.history} statusText={statusText} />
        </>
      )}
    </Page>
  );
}

/**
 * The requester's identity copy: fetched then saved, so a refusal shows as a message. Only the
 * unit's PPID may open it (the server audits each opening); the Atasan PPID sees that it exists.
 */
function IdentityCopy({ id, unitId }: { id: string; unitId: string }) {
  const { me } = useSession();
  const form = useForm([]);
  if (!hasUnitRole(me, unitId, ...ppidOfficerRoles)) return <p className="hint">{t('pmh.identityPresent')}</p>;
  return (
    <>
      <FormStatus form={form} />
      <p>
        <button
          type="button"
          className="btn-secondary"
          aria-disabled={form.busy}
          onClick={() => void form.run(() => apiDownload(`/permohonan/${id}/identitas`, 'identitas'), t('pmh.identityDownloaded'))}
        >
          {t('pmh.identityDownload')}
        </button>
      </p>
    </>
  );
}

function DecisionFacts({ decision }: { decision: Decision }) {
  switch (decision.kind) {
    case 'dikabulkan_sebagian':
      return (
        <>
          <dt>{t('pmh.parts')}</dt>
          <dd>
            <ul>
              {decision.bagian.map((b, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed list; two may read alike
                <li key={i}>
                  {b.bagian}: {b.alasan}
                </li>
              ))}
            </ul>
          </dd>
        </>
      );
    case 'ditolak':
      return (
        <>
          <dt>{t('pmh.ground')}</dt>
          <dd>{groundText(decision.dasar)}</dd>
          {decision.pemegang && (
            <>
              <dt>{t('pmh.holder')}</dt>
              <dd>{decision.pemegang}</dd>
            </>
          )}
        </>
      );
    case 'diteruskan':
      return (
        <>
          <dt>{t('pmh.forwardedTo')}</dt>
          <dd>{decision.tujuan}</dd>
        </>
      );
    default:
      return null;
  }
}
