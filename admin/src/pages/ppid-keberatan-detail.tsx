import { formatDate, formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { todayIn } from '../zone.ts';
import { CaseHistory } from './ppid-case-history.tsx';
import { KbrDue } from './ppid-keberatan.tsx';
import { KeberatanActions } from './ppid-keberatan-actions.tsx';
import { groundLetterText, type KbrDecision, type KeberatanDetail, kbrOpenStatuses, kbrStatusText } from './ppid-keberatan-terms.ts';
import { SengketaCard } from './ppid-sengketa.tsx';
import { ppidOfficerRoles } from './ppid-terms.ts';

/** One objection: deadline, grounds and case, representative (this view is audited), answer, dispute and history. */
export function KeberatanDetailPage({ id }: { id: string }) {
  const { me } = useSession();
  const loaded = useLoad<KeberatanDetail>(`/keberatan/${id}`);
  const k = loaded.data;
  const today = todayIn(me.tenant.timeZone);
  const overdue = k !== null && kbrOpenStatuses.includes(k.status) && k.dueDate !== null && k.dueDate < today;
  const fact = (key: MessageKey, value: string | null | undefined) => (
    <>
      <dt>{t(key)}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
  return (
    <Page title={k ? t('kbr.detailTitle', { number: k.number }) : t('kbr.title')}>
      <p>
        <Link to={`/keberatan${k ? `?unit=${k.unitId}` : ''}`}>← {t('kbr.backToList')}</Link>
      </p>
      <p className="alert alert-warn">{t('kbr.auditNote')}</p>
      <LoadState loaded={loaded} />
      {k && (
        <>
          <section className="card" aria-labelledby="kbr-summary">
            <h2 id="kbr-summary">{t('pmh.summary')}</h2>
            <dl className="facts">
              {fact('pmh.status', kbrStatusText(k.status))}
              <dt>{t('kbr.due')}</dt>
              <dd>
                <KbrDue dueDate={k.dueDate} overdue={overdue} filedLate={k.lateNote !== null} />
              </dd>
              <dt>{t('kbr.permohonan')}</dt>
              <dd>
                {/* Only the PPID may open the request itself (policy `permohonan.process`); the Atasan PPID reads its number. */}
                {hasUnitRole(me, k.unitId, ...ppidOfficerRoles, 'atasan_ppid') ? (
                  <Link to={`/permohonan/${k.permohonanId}`}>{k.permohonanNumber}</Link>
                ) : (
                  k.permohonanNumber
                )}
              </dd>
              {fact('pmh.received', formatDateTime(k.receivedAt))}
              {fact('pmh.registered', formatDateTime(k.registeredAt))}
              {fact('pmh.channel', t(`pmh.channel.${k.channel}` as MessageKey))}
              {fact('kbr.groundArisenOn', formatDate(k.groundArisenOn))}
              {fact('kbr.filingDeadline', k.filingDeadline ? formatDate(k.filingDeadline) : t('pmh.duePending'))}
              {k.lateNote && fact('kbr.lateNote', k.lateNote)}
            </dl>
          </section>
          <section className="card" aria-labelledby="kbr-case">
            <h2 id="kbr-case">{t('kbr.case')}</h2>
            <dl className="facts">
              <dt>{t('kbr.grounds')}</dt>
              <dd>
                <ul>
                  {k.grounds.map((g) => (
                    <li key={g}>{groundLetterText(g)}</li>
                  ))}
                </ul>
              </dd>
              {fact('kbr.reason', k.reason)}
            </dl>
          </section>
          <section className="card" aria-labelledby="kbr-rep">
            <h2 id="kbr-rep">{t('kbr.representative')}</h2>
            {k.representativeName ? (
              <dl className="facts">
                {fact('kbr.representativeName', k.representativeName)}
                {fact('kbr.representativeAddress', k.representativeAddress)}
                {fact('kbr.representativePhone', k.representativePhone)}
                {fact('kbr.powerOfAttorneyNote', k.powerOfAttorneyNote)}
              </dl>
            ) : (
              <p>{t('kbr.noRepresentative')}</p>
            )}
          </section>
          {k.decision && <AnswerCard decision={k.decision} decidedAt={k.decidedAt} />}
          <KeberatanActions keberatan={k} onChanged={loaded.reload} />
          <SengketaCard keberatan={k} overdue={overdue} onChanged={loaded.reload} />
          <CaseHistory id="kbr-history" steps={k.history} statusText={kbrStatusText} />
        </>
      )}
    </Page>
  );
}

/** The Atasan PPID's written answer as recorded. */
function AnswerCard({ decision, decidedAt }: { decision: KbrDecision; decidedAt: string | null }) {
  return (
    <section className="card" aria-labelledby="kbr-answer">
      <h2 id="kbr-answer">{t('kbr.answer')}</h2>
      <dl className="facts">
        <dt>{t('kbr.verdict')}</dt>
        <dd>
          <strong>{t(`kbr.verdict.${decision.putusan}`)}</strong>
        </dd>
        <dt>{t('kbr.answerDate')}</dt>
        <dd>{formatDate(decision.tanggal)}</dd>
        <dt>{t('pmh.decided')}</dt>
        <dd>{formatDateTime(decidedAt)}</dd>
        <dt>{t('kbr.tanggapan')}</dt>
        <dd className="wrap">{decision.tanggapan}</dd>
        <dt>{decision.putusan === 'dikabulkan' ? t('kbr.perintah') : t('kbr.alasanTolak')}</dt>
        <dd className="wrap">{decision.putusan === 'dikabulkan' ? decision.perintah : decision.alasan}</dd>
      </dl>
    </section>
  );
}
