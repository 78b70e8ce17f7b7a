import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { platformName } from './akun-sosial-types.ts';

type Choices = { platform: string; unitId: string; simulasi: boolean; pilihan: { externalAccountId: string; nama: string; profileUrl: string | null }[] };

/** After a Facebook or Instagram callback: the Pages (or Instagram accounts) the login manages; the admin picks one. */
export function PickAccount({ oauthId, onDone }: { oauthId: string; onDone: () => void }) {
  const choices = useLoad<Choices>(`/sosial/akun/pilihan/${encodeURIComponent(oauthId)}`);
  const form = useForm(['externalAccountId']);
  const data = choices.data;
  return (
    <section className="card" aria-labelledby="sosial-pick">
      <h2 id="sosial-pick">{t('sosial.pickTitle')}</h2>
      <LoadState loaded={choices} />
      {data && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const v = formValues(e.currentTarget);
            void form
              .run(() => api(`/sosial/akun/pilihan/${encodeURIComponent(oauthId)}`, { method: 'POST', body: { externalAccountId: v.externalAccountId ?? '' } }))
              .then((ok) => ok && onDone());
          }}
        >
          <FormStatus form={form} />
          <fieldset>
            <legend>{t('sosial.pickIntro', { platform: platformName(data.platform) })}</legend>
            {data.pilihan.map((p, i) => (
              <label key={p.externalAccountId} className="choice">
                <input type="radio" name="externalAccountId" value={p.externalAccountId} defaultChecked={i === 0} /> {p.nama}
                {data.simulasi && <span className="badge badge-muted">{t('sosial.simulation')}</span>}
              </label>
            ))}
          </fieldset>
          <button type="submit" aria-disabled={form.busy}>
            {t('sosial.pickSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
