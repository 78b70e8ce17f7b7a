import { useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { NoticeDateField, withNoticeDate } from './ppid-permohonan-tanggal.tsx';
import { allowedTransitions, groundText, type Permohonan, ppidOfficerRoles, refusalGrounds, type Status, statusText } from './ppid-terms.ts';

// Final decisions cannot be undone, so they ask once more before they are sent.
const final: Status[] = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'];
const partFields = Array.from({ length: 50 }, (_, i) => [`bagian.${i}`, `bagian.${i}.bagian`, `bagian.${i}.alasan`]).flat();

/**
 * The status changes the current status allows, each as its own small form. The list mirrors the
 * server's table; the server checks every change again and its answer is what counts.
 */
export function PermohonanActions({ permohonan: p, onChanged }: { permohonan: Permohonan; onChanged: () => void }) {
  const { me } = useSession();
  const [ke, setKe] = useState<Status | ''>('');
  // A refused change (409 on `ke`) has no input of its own, so it is not claimed here and shows at the top.
  const form = useForm(['alasan', 'bagian', 'dasar', 'pemegang', 'tujuan', 'tanggal', ...partFields]);
  if (!hasUnitRole(me, p.unitId, ...ppidOfficerRoles)) return null;
  const allowed = allowedTransitions[p.status];
  return (
    <section className="card" aria-labelledby="pmh-actions">
      <h2 id="pmh-actions">{t('pmh.actions')}</h2>
      <FormStatus form={form} />
      {allowed.length === 0 ? (
        <p>{t('pmh.final')}</p>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!ke) return;
            if (final.includes(ke) && !window.confirm(t('pmh.act.confirm', { number: p.number, status: statusText(ke) }))) return;
            const body = final.includes(ke) ? withNoticeDate(bodyOf(ke, e.currentTarget), e.currentTarget) : bodyOf(ke, e.currentTarget);
            const gap = missing(body);
            if (gap) return form.fail(t(gap.message), gap.field);
            void form
              .run(() => api(`/permohonan/${p.id}/transisi`, { body }), t('pmh.act.done', { status: statusText(ke) }))
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
                {t(`pmh.act.${s}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {ke && <ActionFields key={ke} ke={ke} permohonan={p} form={form} />}
          {ke && final.includes(ke) && <NoticeDateField key={`tanggal-${ke}`} permohonan={p} form={form} />}
          {ke && (
            <button type="submit" aria-disabled={form.busy} className={ke === 'ditolak' ? 'btn-danger' : undefined}>
              {t(`pmh.act.submit.${ke}` as MessageKey)}
            </button>
          )}
        </form>
      )}
    </section>
  );
}

type FieldsProps = { ke: Status; permohonan: Permohonan; form: ReturnType<typeof useForm> };

function ActionFields({ ke, permohonan, form }: FieldsProps) {
  const note = (
    <Field label={t('ppid.note')} hint={t('ppid.noteHint')} optional={t('app.optional')} error={form.errorFor('alasan')}>
      {(a) => <textarea {...a} name="alasan" rows={3} maxLength={2000} />}
    </Field>
  );
  switch (ke) {
    case 'diperpanjang':
      return (
        <Field label={t('pmh.extendReason')} hint={t('pmh.extendHint', { due: formatDate(permohonan.dueDate) })} error={form.errorFor('alasan')}>
          {(a) => <textarea {...a} name="alasan" rows={4} maxLength={2000} required />}
        </Field>
      );
    case 'dikabulkan_sebagian':
      return (
        <>
          <PartsFields form={form} />
          {note}
        </>
      );
    case 'ditolak':
      return (
        <>
          <RefusalFields form={form} />
          {note}
        </>
      );
    case 'diteruskan':
      return (
        <>
          <Field label={t('pmh.forwardTo')} hint={t('pmh.forwardHint')} error={form.errorFor('tujuan')}>
            {(a) => <input {...a} name="tujuan" maxLength={300} required />}
          </Field>
          {note}
        </>
      );
    default:
      return note;
  }
}

function RefusalFields({ form }: { form: FieldsProps['form'] }) {
  const [dasar, setDasar] = useState('');
  return (
    <>
      <Field label={t('pmh.groundLabel')} error={form.errorFor('dasar')}>
        {(a) => (
          <select {...a} name="dasar" value={dasar} onChange={(e) => setDasar(e.target.value)} required>
            <option value="">{t('pmh.choose')}</option>
            {refusalGrounds.map((g) => (
              <option key={g} value={g}>
                {groundText(g)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {dasar === 'tidak_dikuasai' && (
        <Field label={t('pmh.holder')} hint={t('pmh.holderHint')} error={form.errorFor('pemegang')}>
          {(a) => <input {...a} name="pemegang" maxLength={300} required />}
        </Field>
      )}
    </>
  );
}

function PartsFields({ form }: { form: FieldsProps['form'] }) {
  // Row keys survive removals so typed text stays in its row; names follow the position the server reports.
  const [rows, setRows] = useState([0]);
  const [next, setNext] = useState(1);
  return (
    <fieldset className="parts">
      <legend>{t('pmh.partsLegend')}</legend>
      <p className="hint">{t('pmh.partsHint')}</p>
      {form.errorFor('bagian') && (
        <p className="field-error" role="alert">
          {form.errorFor('bagian')}
        </p>
      )}
      {rows.map((key, i) => (
        <div key={key} className="part">
          <p className="part-title">{t('pmh.part', { n: i + 1 })}</p>
          <div className="grid">
            <Field label={`${t('pmh.partWhat')} (${i + 1})`} error={form.errorFor(`bagian.${i}.bagian`) ?? form.errorFor(`bagian.${i}`)}>
              {(a) => <input {...a} name={`bagian.${i}.bagian`} maxLength={500} required />}
            </Field>
            <Field label={`${t('pmh.partWhy')} (${i + 1})`} error={form.errorFor(`bagian.${i}.alasan`)}>
              {(a) => <input {...a} name={`bagian.${i}.alasan`} maxLength={2000} required />}
            </Field>
          </div>
          {rows.length > 1 && (
            <button type="button" className="btn-secondary" onClick={() => setRows(rows.filter((k) => k !== key))}>
              {t('pmh.partRemove', { n: i + 1 })}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="btn-secondary"
        onClick={() => {
          setRows([...rows, next]);
          setNext(next + 1);
        }}
      >
        {t('pmh.partAdd')}
      </button>
    </fieldset>
  );
}

/** The request body of a status change, from the form's inputs. */
function bodyOf(ke: Status, el: HTMLFormElement): Record<string, unknown> {
  const v = formValues(el);
  const alasan = v.alasan ?? null;
  switch (ke) {
    case 'diperpanjang':
      return { ke, alasan: v.alasan ?? '' };
    case 'dikabulkan_sebagian': {
      const bagian: Array<{ bagian: string; alasan: string }> = [];
      for (let i = 0; `bagian.${i}.bagian` in v || `bagian.${i}.alasan` in v; i++) {
        bagian.push({ bagian: v[`bagian.${i}.bagian`] ?? '', alasan: v[`bagian.${i}.alasan`] ?? '' });
      }
      return { ke, bagian, alasan };
    }
    case 'ditolak':
      return { ke, dasar: v.dasar ?? '', pemegang: v.pemegang ?? null, alasan };
    case 'diteruskan':
      return { ke, tujuan: v.tujuan ?? '', alasan };
    default:
      return { ke, alasan };
  }
}

/** The first required input left empty, so the person hears which one before anything is sent. */
function missing(body: Record<string, unknown>): { field: string; message: MessageKey } | null {
  if (body.ke === 'diperpanjang' && !body.alasan) return { field: 'alasan', message: 'pmh.required.alasan' };
  if (body.ke === 'ditolak' && !body.dasar) return { field: 'dasar', message: 'pmh.required.dasar' };
  if (body.ke === 'ditolak' && body.dasar === 'tidak_dikuasai' && !body.pemegang) return { field: 'pemegang', message: 'pmh.holderHint' };
  if (body.ke === 'diteruskan' && !body.tujuan) return { field: 'tujuan', message: 'pmh.required.tujuan' };
  if (body.ke === 'dikabulkan_sebagian') {
    const parts = body.bagian as Array<{ bagian: string; alasan: string }>;
    const i = parts.findIndex((b) => !b.bagian || !b.alasan);
    if (i >= 0) return { field: parts[i]?.bagian ? `bagian.${i}.alasan` : `bagian.${i}.bagian`, message: 'pmh.required.part' };
  }
  return null;
}
