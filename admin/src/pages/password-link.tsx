import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';

/** Asks for a reset link by e-mail; the answer never reveals whether the address exists. */
export function ForgotPasswordPage() {
  const form = useForm(['email']);
  return (
    <Page title={t('forgot.title')}>
      <form
        className="card narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const email = String(new FormData(e.currentTarget).get('email') ?? '').trim();
          void form.run(() => api('/auth/password/forgot', { body: { email } }), t('forgot.sent'));
        }}
      >
        <p>{t('forgot.intro')}</p>
        <FormStatus form={form} />
        <Field label={t('signIn.email')} error={form.errorFor('email')}>
          {(a) => <input {...a} name="email" type="email" autoComplete="username" required />}
        </Field>
        <button type="submit" aria-disabled={form.busy}>
          {t('forgot.submit')}
        </button>
        <p>
          <Link to="/masuk">{t('forgot.backToSignIn')}</Link>
        </p>
      </form>
    </Page>
  );
}

type LinkProps = { kind: 'reset' | 'invite'; token: string | null };

/** Sets a password from a mailed link: a reset (/kata-sandi) or an invitation (/undangan). */
export function PasswordLinkPage({ kind, token }: LinkProps) {
  const form = useForm(['password', 'repeat']);
  const [finished, setFinished] = useState(false);
  const title = kind === 'invite' ? t('invite.title') : t('reset.title');
  if (!token) {
    return (
      <Page title={title}>
        <p className="alert alert-error" role="alert">
          {t('password.noToken')}
        </p>
      </Page>
    );
  }
  if (finished) {
    return (
      <Page title={title}>
        <div className="card narrow">
          <p className="alert alert-ok" role="status">
            {t('password.done')}
          </p>
          <Link to="/masuk" className="button-link">
            {t('signIn.submit')}
          </Link>
        </div>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <form
        className="card narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const password = String(data.get('password') ?? '');
          if (password !== String(data.get('repeat') ?? '')) return form.fail(t('password.mismatch'), 'repeat');
          const path = kind === 'invite' ? '/auth/invitation/accept' : '/auth/password/reset';
          void form.run(async () => {
            await api(path, { body: { token, password } });
            setFinished(true);
          });
        }}
      >
        {kind === 'invite' && <p>{t('invite.intro')}</p>}
        <FormStatus form={form} />
        <Field label={t('password.new')} hint={t('password.hint')} error={form.errorFor('password')}>
          {(a) => <input {...a} name="password" type="password" autoComplete="new-password" required />}
        </Field>
        <Field label={t('password.repeat')} error={form.errorFor('repeat')}>
          {(a) => <input {...a} name="repeat" type="password" autoComplete="new-password" required />}
        </Field>
        <button type="submit" aria-disabled={form.busy}>
          {kind === 'invite' ? t('invite.submit') : t('password.submit')}
        </button>
      </form>
    </Page>
  );
}
