import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { AkunBadges } from './akun-sosial-badges.tsx';
import type { Aplikasi } from './akun-sosial-types.ts';

/** The agency's app per platform: its client ID, the callback address to register, and (for tenant admins) the form. */
export function AplikasiSection({ apps, mayEdit, onSaved }: { apps: Aplikasi[]; mayEdit: boolean; onSaved: () => void }) {
  const cards = apps.map((app) => <AppCard key={app.platform} app={app} mayEdit={mayEdit} onSaved={onSaved} />);
  return (
    <section aria-labelledby="sosial-apps">
      <h2 id="sosial-apps">{t('sosial.apps')}</h2>
      <p>{t('sosial.appsIntro')}</p>
      {!mayEdit && <p className="hint">{t('sosial.appsReadOnly')}</p>}
      {mayEdit ? (
        cards
      ) : (
        // Client IDs and callback addresses are the tenant admin's business: folded away for the
        // unit's keepers, who can still read them out to the admin.
        <details>
          <summary>{t('sosial.appsShow')}</summary>
          {cards}
        </details>
      )}
    </section>
  );
}

function AppCard({ app, mayEdit, onSaved }: { app: Aplikasi; mayEdit: boolean; onSaved: () => void }) {
  const form = useForm(['clientId', 'clientSecret']);
  const headingId = `app-${app.platform}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {app.nama}
        <AkunBadges akun={{ simulasi: app.simulasi }} />
      </h3>
      <dl className="facts">
        <dt>{t('sosial.clientId')}</dt>
        <dd>{app.clientId ?? t('sosial.appMissing')}</dd>
        <dt>{t('sosial.callback')}</dt>
        <dd>
          <code>{app.callbackUrl}</code>
        </dd>
      </dl>
      {mayEdit && (
        <form
          noValidate
          autoComplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            const el = e.currentTarget;
            const v = formValues(el);
            const body = { clientId: v.clientId ?? '', ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}) };
            void form
              .run(() => api(`/sosial/aplikasi/${app.platform}`, { method: 'PUT', body }), t('app.saved'))
              .then((ok) => {
                if (!ok) return;
                // The secret field never keeps what was typed.
                (el.elements.namedItem('clientSecret') as HTMLInputElement).value = '';
                onSaved();
              });
          }}
        >
          <FormStatus form={form} />
          <Field label={t('sosial.clientId')} error={form.errorFor('clientId')}>
            {(a) => <input {...a} name="clientId" defaultValue={app.clientId ?? ''} autoCapitalize="none" spellCheck={false} />}
          </Field>
          <Field
            label={t('sosial.clientSecret')}
            hint={app.platform === 'x' ? t('sosial.clientSecretX') : app.adaRahasia ? t('sosial.clientSecretKeep') : undefined}
            error={form.errorFor('clientSecret')}
          >
            {(a) => <input {...a} name="clientSecret" type="password" autoComplete="new-password" spellCheck={false} />}
          </Field>
          <button type="submit" aria-disabled={form.busy}>
            {t('sosial.appSave', { platform: app.nama })}
          </button>
        </form>
      )}
    </section>
  );
}
