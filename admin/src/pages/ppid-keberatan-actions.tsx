import { useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { todayIn } from '../zone.ts';
import {
  decidesIn,
  type KbrStatus,
  type Keberatan,
  kbrProcessRoles,
  kbrStatusText,
  kbrTransitions,
  kbrViewRoles,
  type Verdict,
  verdicts,
} from './ppid-keberatan-terms.ts';

/**
 * The status changes the objection's status allows this person: the PPID takes it up or records a
 * withdrawal; only the Atasan PPID sees the decision with its written answer. The server checks
 * every change again and its answer is what counts.
 */
export function KeberatanActions({ keberatan: k, onChanged }: { keberatan: Keberatan; onChanged: () => void }) {
  const { me } = useSession();
  const [ke, setKe] = useState<KbrStatus | ''>('');
  // A refused change (409 on `ke`) has no input of its own, so it is not claimed here and shows at the top.
  const form = useForm(['alasan', 'putusan', 'tanggal', 'tanggapan', 'perintah']);
  if (!hasUnitRole(me, k.unitId, ...kbrViewRoles)) return null;
  const decides = decidesIn(me, k.unitId);
  const processes = hasUnitRole(me, k.unitId, ...kbrProcessRoles);
  const possible = kbrTransitions[k.status];
  const allowed = possible.filter((s) => (s === 'diputus' ? decides : processes));
  return (
    <section className="card" aria-labelledby="kbr-actions">
      <h2 id="kbr-actions">{t('pmh.actions')}</h2>
      <FormStatus form={form} />
      {possible.length === 0 && <p>{t('kbr.final')}</p>}
      {possible.includes('diputus') && !decides && <p className="hint">{t('kbr.decideByAtasan')}</p>}
      {possible.some((s) => s !== 'diputus') && !processes && <p className="hint">{t('kbr.processByPpid')}</p>}
      {allowed.length > 0 && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!ke) return;
            const body = bodyOf(ke, e.currentTarget);
            const gap = missing(body);
            if (gap) return form.fail(t(gap.message), gap.field);
            if (ke !== 'diproses' && !window.confirm(t('kbr.act.confirm', { number: k.number, status: kbrStatusText(ke) }))) return;
            void form
              .run(() => api(`/keberatan/${k.id}/transisi`, { body }), t('pmh.act.done', { status: kbrStatusText(ke) }))
              .then((ok) => {
                if (!ok) return;
                setKe('');
                onChanged();
              });
          }}
        >
          <fieldset className="choices">
            <legend>{t('pmh.chooseAction')}</legend>
            {allowed.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name="ke" value={s} checked={ke === s} onChange={() => setKe(s)} />
                {t(`kbr.act.${s}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {ke === 'diputus' ? (
            <DecisionFields keberatan={k} form={form} />
          ) : (
            ke && (
              <Field label={t('ppid.note')} hint={t('kbr.noteHint')} optional={t('app.optional')} error={form.errorFor('alasan')}>
                {(a) => <textarea {...a} name="alasan" rows={3} maxLength={2000} />}
              </Field>
            )
          )}
          {ke && (
            <button type="submit" aria-disabled={form.busy}>
              {t(`kbr.act.submit.${ke}` as MessageKey)}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

function DecisionFields({ keberatan: k, form }: { keberatan: Keberatan; form: ReturnType<typeof useForm> }) {
  const { me } = useSession();
  const [putusan, setPutusan] = useState<Verdict | ''>('');
  const today = todayIn(me.tenant.timeZone);
  const received = todayIn(me.tenant.timeZone, new Date(k.receivedAt));
  return (
    <>
      <p className="hint">{t('kbr.decideIntro', { due: formatDate(k.dueDate) })}</p>
      <fieldset className="choices" aria-describedby={form.errorFor('putusan') ? 'kbr-putusan-error' : undefined}>
        <legend>{t('kbr.verdict')}</legend>
        {form.errorFor('putusan') && (
          <p id="kbr-putusan-error" className="field-error" role="alert">
            {form.errorFor('putusan')}
          </p>
        )}
        {verdicts.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name="putusan" value={v} checked={putusan === v} onChange={() => setPutusan(v)} />
            {t(`kbr.verdict.${v}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('kbr.answerDate')} hint={t('kbr.answerDateHint')} error={form.errorFor('tanggal')}>
        {(a) => <input {...a} name="tanggal" type="date" defaultValue={today} min={received} max={today} required />}
      </Field>
      <Field label={t('kbr.tanggapan')} hint={t('kbr.tanggapanHint')} error={form.errorFor('tanggapan')}>
        {(a) => <textarea {...a} name="tanggapan" rows={6} maxLength={8000} required />}
      </Field>
      {putusan === 'dikabulkan' && (
        <Field label={t('kbr.perintah')} hint={t('kbr.perintahHint')} error={form.errorFor('perintah')}>
          {(a) => <textarea {...a} name="perintah" rows={4} maxLength={4000} required />}
        </Field>
      )}
      {putusan === 'ditolak' && (
        <Field label={t('kbr.alasanTolak')} hint={t('kbr.alasanTolakHint')} error={form.errorFor('alasan')}>
          {(a) => <textarea {...a} name="alasan" rows={4} maxLength={4000} required />}
        </Field>
      )}
    </>
  );
}

/** The request body of a status change, from the form's inputs. */
function bodyOf(ke: KbrStatus, el: HTMLFormElement): Record<string, unknown> {
  const v = formValues(el);
  if (ke !== 'diputus') return { ke, alasan: v.alasan ?? null };
  const answer = { ke, putusan: v.putusan ?? '', tanggal: v.tanggal ?? '', tanggapan: v.tanggapan ?? '' };
  return v.putusan === 'dikabulkan' ? { ...answer, perintah: v.perintah ?? '' } : { ...answer, alasan: v.alasan ?? '' };
}

/** The first required input left empty, so the person hears which one before anything is sent. */
function missing(body: Record<string, unknown>): { field: string; message: MessageKey } | null {
  if (body.ke !== 'diputus') return null;
  if (!body.putusan) return { field: 'putusan', message: 'kbr.required.putusan' };
  if (!body.tanggal) return { field: 'tanggal', message: 'kbr.required.tanggal' };
  if (!body.tanggapan) return { field: 'tanggapan', message: 'kbr.required.tanggapan' };
  if (body.putusan === 'dikabulkan' && !body.perintah) return { field: 'perintah', message: 'kbr.required.perintah' };
  if (body.putusan === 'ditolak' && !body.alasan) return { field: 'alasan', message: 'kbr.required.alasan' };
  return null;
}
