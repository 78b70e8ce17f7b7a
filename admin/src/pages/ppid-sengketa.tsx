import { useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { todayIn } from '../zone.ts';
import { type DisputeStage, disputeStages, type Keberatan, kbrProcessRoles, type Sengketa, stageText } from './ppid-keberatan-terms.ts';

type Props = { keberatan: Keberatan & { sengketa: Sengketa | null }; overdue: boolean; onChanged: () => void };

/**
 * The dispute at the Komisi Informasi (Pasal 37): recorded once the Atasan PPID has answered or the
 * answer deadline has passed, then moved stage by stage to the ruling and its compliance.
 */
export function SengketaCard({ keberatan: k, overdue, onChanged }: Props) {
  const { me } = useSession();
  const mayWork = hasUnitRole(me, k.unitId, ...kbrProcessRoles);
  const s = k.sengketa;
  const opens = k.status === 'diputus' || overdue;
  if (!s && (!mayWork || !opens)) return null;
  return (
    <section className="card" aria-labelledby="kbr-dispute">
      <h2 id="kbr-dispute">{t('kbr.dispute')}</h2>
      {s ? <DisputeFacts sengketa={s} /> : <p>{t('kbr.disputeNone')}</p>}
      {mayWork && !s && <RecordForm keberatanId={k.id} onChanged={onChanged} />}
      {mayWork && s && s.stage !== 'selesai' && <StageForm sengketa={s} onChanged={onChanged} />}
      {mayWork && s?.rulingOn && <RulingForm sengketa={s} onChanged={onChanged} />}
      {mayWork && s?.rulingText && <ComplianceForm sengketa={s} onChanged={onChanged} />}
    </section>
  );
}

function DisputeFacts({ sengketa: s }: { sengketa: Sengketa }) {
  const dated = (key: MessageKey, day: string | null) =>
    day && (
      <>
        <dt>{t(key)}</dt>
        <dd>{formatDate(day)}</dd>
      </>
    );
  return (
    <dl className="facts">
      <dt>{t('kbr.kiNumber')}</dt>
      <dd>{s.kiRegistrationNumber}</dd>
      <dt>{t('kbr.commission')}</dt>
      <dd>{s.commission ?? '—'}</dd>
      <dt>{t('kbr.stage')}</dt>
      <dd>
        <strong>{stageText(s.stage)}</strong>
      </dd>
      {dated('kbr.registeredOn', s.registeredOn)}
      <dt>{t('kbr.disputeDeadline')}</dt>
      <dd>
        {s.filingDeadline ? formatDate(s.filingDeadline) : t('pmh.duePending')}
        {s.filedLate && <span className="badge badge-muted">{t('kbr.filedLate')}</span>}
      </dd>
      {dated('kbr.stageOn.mediasi', s.mediationOn)}
      {dated('kbr.stageOn.ajudikasi', s.adjudicationOn)}
      {dated('kbr.stageOn.putusan', s.rulingOn)}
      {dated('kbr.stageOn.selesai', s.closedOn)}
      {s.rulingText && (
        <>
          <dt>{t('kbr.ruling')}</dt>
          <dd className="wrap">{s.rulingText}</dd>
        </>
      )}
      {s.compliance && (
        <>
          <dt>{t('kbr.compliance')}</dt>
          <dd>
            {t(`kbr.compliance.${s.compliance}`)}
            {s.complianceNote && <span className="block">{s.complianceNote}</span>}
          </dd>
        </>
      )}
    </dl>
  );
}

function RecordForm({ keberatanId, onChanged }: { keberatanId: string; onChanged: () => void }) {
  const { me } = useSession();
  const form = useForm(['kiRegistrationNumber', 'commission', 'registeredOn']);
  return (
    <form
      noValidate
      aria-labelledby="kbr-dispute-record"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        if (!v.kiRegistrationNumber) return form.fail(t('kbr.required.kiNumber'), 'kiRegistrationNumber');
        void form
          .run(() => api(`/keberatan/${keberatanId}/sengketa`, { body: { ...v, commission: v.commission ?? null } }), t('app.saved'))
          .then((ok) => ok && onChanged());
      }}
    >
      <h3 id="kbr-dispute-record">{t('kbr.disputeRecord')}</h3>
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('kbr.kiNumber')} error={form.errorFor('kiRegistrationNumber')}>
          {(a) => <input {...a} name="kiRegistrationNumber" maxLength={100} autoComplete="off" />}
        </Field>
        <Field label={t('kbr.commission')} hint={t('kbr.commissionHint')} optional={t('app.optional')} error={form.errorFor('commission')}>
          {(a) => <input {...a} name="commission" maxLength={200} />}
        </Field>
        <Field label={t('kbr.registeredOn')} error={form.errorFor('registeredOn')}>
          {(a) => <input {...a} name="registeredOn" type="date" defaultValue={todayIn(me.tenant.timeZone)} max={todayIn(me.tenant.timeZone)} />}
        </Field>
      </div>
      <button type="submit" aria-disabled={form.busy}>
        {t('kbr.disputeRecordSubmit')}
      </button>
    </form>
  );
}

function StageForm({ sengketa: s, onChanged }: { sengketa: Sengketa; onChanged: () => void }) {
  const { me } = useSession();
  const form = useForm(['stage', 'stageDate', 'rulingText']);
  const later = disputeStages.slice(disputeStages.indexOf(s.stage) + 1);
  const [stage, setStage] = useState<DisputeStage | ''>('');
  const today = todayIn(me.tenant.timeZone);
  // Moving to the ruling stage records the ruling with it, unless one is already there.
  const needsRuling = stage === 'putusan' && !s.rulingText;
  return (
    <form
      noValidate
      aria-labelledby="kbr-stage-form"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        if (!stage) return form.fail(t('kbr.required.stage'), 'stage');
        if (needsRuling && !v.rulingText) return form.fail(t('kbr.required.ruling'), 'rulingText');
        const body = { stage, stageDate: v.stageDate ?? '', ...(needsRuling ? { rulingText: v.rulingText } : {}) };
        void form
          .run(() => api(`/sengketa/${s.id}`, { method: 'PATCH', body }), t('app.saved'))
          .then((ok) => {
            if (!ok) return;
            setStage('');
            onChanged();
          });
      }}
    >
      <h3 id="kbr-stage-form">{t('kbr.stageMove')}</h3>
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('kbr.nextStage')} error={form.errorFor('stage')}>
          {(a) => (
            <select {...a} name="stage" value={stage} onChange={(e) => setStage(e.target.value as DisputeStage | '')}>
              <option value="">{t('pmh.choose')}</option>
              {later.map((st) => (
                <option key={st} value={st}>
                  {stageText(st)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('kbr.stageDate')} error={form.errorFor('stageDate')}>
          {(a) => <input {...a} name="stageDate" type="date" defaultValue={today} max={today} />}
        </Field>
      </div>
      {needsRuling && (
        <Field label={t('kbr.ruling')} hint={t('kbr.rulingHint')} error={form.errorFor('rulingText')}>
          {(a) => <textarea {...a} name="rulingText" rows={6} maxLength={20000} />}
        </Field>
      )}
      <button type="submit" aria-disabled={form.busy}>
        {t('kbr.stageSubmit')}
      </button>
    </form>
  );
}

function RulingForm({ sengketa: s, onChanged }: { sengketa: Sengketa; onChanged: () => void }) {
  const form = useForm(['rulingText']);
  return (
    <form
      noValidate
      aria-labelledby="kbr-ruling-form"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        if (!v.rulingText) return form.fail(t('kbr.required.ruling'), 'rulingText');
        void form.run(() => api(`/sengketa/${s.id}`, { method: 'PATCH', body: { rulingText: v.rulingText } }), t('app.saved')).then((ok) => ok && onChanged());
      }}
    >
      <h3 id="kbr-ruling-form">{t('kbr.rulingEdit')}</h3>
      <FormStatus form={form} />
      <Field label={t('kbr.ruling')} hint={t('kbr.rulingHint')} error={form.errorFor('rulingText')}>
        {(a) => <textarea {...a} name="rulingText" rows={6} maxLength={20000} defaultValue={s.rulingText ?? ''} />}
      </Field>
      <button type="submit" aria-disabled={form.busy}>
        {t('kbr.rulingSubmit')}
      </button>
    </form>
  );
}

function ComplianceForm({ sengketa: s, onChanged }: { sengketa: Sengketa; onChanged: () => void }) {
  const form = useForm(['compliance', 'complianceNote']);
  const [compliance, setCompliance] = useState(s.compliance ?? '');
  return (
    <form
      noValidate
      aria-labelledby="kbr-compliance-form"
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        if (!compliance) return form.fail(t('kbr.required.compliance'), 'compliance');
        if (compliance === 'belum' && !v.complianceNote) return form.fail(t('kbr.required.complianceNote'), 'complianceNote');
        const body = { compliance, complianceNote: v.complianceNote ?? null };
        void form.run(() => api(`/sengketa/${s.id}`, { method: 'PATCH', body }), t('app.saved')).then((ok) => ok && onChanged());
      }}
    >
      <h3 id="kbr-compliance-form">{t('kbr.compliance')}</h3>
      <FormStatus form={form} />
      <fieldset className="choices" aria-describedby={form.errorFor('compliance') ? 'kbr-compliance-error' : undefined}>
        <legend>{t('kbr.complianceLegend')}</legend>
        {form.errorFor('compliance') && (
          <p id="kbr-compliance-error" className="field-error" role="alert">
            {form.errorFor('compliance')}
          </p>
        )}
        {(['dipatuhi', 'belum'] as const).map((c) => (
          <label key={c} className="choice">
            <input type="radio" name="compliance" value={c} checked={compliance === c} onChange={() => setCompliance(c)} />
            {t(`kbr.compliance.${c}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('kbr.complianceNote')} optional={compliance === 'belum' ? undefined : t('app.optional')} error={form.errorFor('complianceNote')}>
        {(a) => <textarea {...a} name="complianceNote" rows={3} maxLength={2000} defaultValue={s.complianceNote ?? ''} />}
      </Field>
      <button type="submit" aria-disabled={form.busy}>
        {t('kbr.complianceSubmit')}
      </button>
    </form>
  );
}
