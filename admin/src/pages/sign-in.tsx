import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';

type Props = { onSignedIn: (csrfToken: string, mfaRequired: boolean) => void };

/** E-mail and password; the two-step code follows on its own screen when the account has it. */
export function SignInPage({ onSignedIn }: Props) {
  const form = useForm(['email', 'password']);
  return (
    <Page title={t('signIn.title')}>
      <form
        className="card narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const body = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? '') };
          void form.run(async () => {
            const result = await api<{ csrfToken: string; mfaRequired: boolean }>('/auth/sign-in', { body, quiet401: true });
            onSignedIn(result.csrfToken, result.mfaRequired);
          });
        }}
      >
        <FormStatus form={form} />
        <Field label={t('signIn.email')} error={form.errorFor('email')}>
          {(a) => <input {...a} name="email" type="email" autoComplete="username" inputMode="email" required />}
        </Field>
        <Field label={t('signIn.password')} error={form.errorFor('password')}>
          {(a) => <input {...a} name="password" type="password" autoComplete="current-password" required />}
        </Field>
        <button type="submit" aria-disabled={form.busy}>
          {t('signIn.submit')}
        </button>
        <p>
          <Link to="/lupa-kata-sandi">{t('signIn.forgot')}</Link>
        </p>
      </form>
    </Page>
  );
}

/** The second step: a six-digit code from the authenticator app. */
export function TotpStepPage({ onVerified, onCancel }: { onVerified: () => void; onCancel: () => void }) {
  const form = useForm(['code']);
  return (
    <Page title={t('totp.title')}>
      <form
        className="card narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const code = String(new FormData(e.currentTarget).get('code') ?? '').replace(/\s/g, '');
          void form.run(async () => {
            await api('/auth/sign-in/totp', { body: { code }, quiet401: true });
            onVerified();
          });
        }}
      >
        <p>{t('totp.intro')}</p>
        <FormStatus form={form} />
        <Field label={t('totp.code')} hint={t('totp.codeHint')} error={form.errorFor('code')}>
          {(a) => <input {...a} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]*" maxLength={6} required className="code-input" />}
        </Field>
        <div className="actions">
          <button type="submit" aria-disabled={form.busy}>
            {t('totp.submit')}
          </button>
          <button type="button" className="btn-secondary" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </Page>
  );
}
