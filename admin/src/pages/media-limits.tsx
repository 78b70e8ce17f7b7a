import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { Field, useForm } from '../ui/form.tsx';
import type { MediaLimits } from './media-terms.ts';

const fields = ['fotoMb', 'videoMb', 'dokumenMb'] as const;
const labels = { fotoMb: 'media.limitFoto', videoMb: 'media.limitVideo', dokumenMb: 'media.limitDokumen' } as const;

/** The agency's upload limits per kind (admins only; the server checks too). */
export function MediaLimitsCard({ limits, onSaved }: { limits: MediaLimits; onSaved: () => void }) {
  const form = useForm([...fields]);
  return (
    <section className="card" aria-labelledby="media-limits">
      <h2 id="media-limits">{t('media.limitsTitle')}</h2>
      <p>{t('media.limitsIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const body = Object.fromEntries(fields.map((f) => [f, Number(data.get(f))]));
          void form.run(async () => {
            await api('/media/batas', { method: 'PUT', body });
            onSaved();
          }, t('app.saved'));
        }}
      >
        {form.general && (
          <p className="field-error" role="alert">
            {form.general}
          </p>
        )}
        {fields.map((f) => (
          <Field key={f} label={t(labels[f])} error={form.errorFor(f)}>
            {(a) => <input {...a} name={f} type="number" min={1} max={5120} required defaultValue={limits[f]} />}
          </Field>
        ))}
        <button type="submit" aria-disabled={form.busy}>
          {t('app.save')}
        </button>
        {form.done && <p role="status">{form.done}</p>}
      </form>
    </section>
  );
}
