import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { type Period, type ReportTexts, type TextField, textFields } from './laporan-terms.ts';

type Props = { texts: ReportTexts; unitId: string | null; period: Period; mayWrite: boolean };

const label = (f: TextField) => t(`lap.text.${f}`);

/**
 * The officer's texts of the report (obstacles, recommendations, follow-up), kept per unit and
 * period and printed in the documents. The unit's PPID and admins edit them; others read them.
 */
export function ReportTextsCard({ texts, unitId, period, mayWrite }: Props) {
  const form = useForm([...textFields]);
  const [updatedAt, setUpdatedAt] = useState(texts.diperbaruiPada);
  return (
    <section className="card" aria-labelledby="lap-texts">
      <h2 id="lap-texts">{t('lap.texts')}</h2>
      <p>{t('lap.textsIntro')}</p>
      <p className="muted">{updatedAt ? t('lap.textsUpdated', { at: formatDateTime(updatedAt) }) : t('lap.textsNever')}</p>
      {!mayWrite ? (
        textFields.map((f) => (
          <div key={f}>
            <h3>{label(f)}</h3>
            {texts[f].trim() ? <p className="pre-line">{texts[f]}</p> : <p className="muted">{t('lap.textEmpty')}</p>}
          </div>
        ))
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            // All three are sent, an empty one as "": the server keeps exactly what the form shows.
            const values = Object.fromEntries(textFields.map((f) => [f, String(data.get(f) ?? '')]));
            const body = { ...(unitId ? { unit: unitId } : {}), ...period, ...values };
            void form.run(async () => {
              const saved = await api<{ teks: ReportTexts }>('/laporan-kip/teks', { method: 'PUT', body });
              setUpdatedAt(saved.teks.diperbaruiPada);
            }, t('lap.textsSaved'));
          }}
        >
          <FormStatus form={form} />
          {textFields.map((f) => (
            <Field key={f} label={label(f)} hint={t('lap.textHint')} error={form.errorFor(f)}>
              {(a) => <textarea {...a} name={f} rows={5} maxLength={20_000} defaultValue={texts[f]} />}
            </Field>
          ))}
          <button type="submit" aria-disabled={form.busy}>
            {t('lap.textsSave')}
          </button>
        </form>
      )}
    </section>
  );
}
