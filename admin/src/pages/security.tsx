import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Page } from '../ui/page.tsx';

/** My password and two-step sign-in. Admins who must turn 2FA on are held here until they do. */
export function SecurityPage() {
  const { me } = useSession();
  return (
    <Page title={t('security.title')}>
      {me.user.mustEnable2fa && (
        <p className="alert alert-warn" role="alert">
          {t('security.must2fa')}
        </p>
      )}
      <TwoStep />
      <ChangePassword />
    </Page>
  );
}

function ChangePassword() {
  const form = useForm(['currentPassword', 'newPassword', 'repeat']);
  return (
    <section aria-labelledby="sec-password" className="card">
      <h2 id="sec-password">{t('security.changeTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          const data = new FormData(el);
          const newPassword = String(data.get('newPassword') ?? '');
          if (newPassword !== String(data.get('repeat') ?? '')) return form.fail(t('password.mismatch'), 'repeat');
          void form.run(async () => {
            await api('/auth/password/change', { body: { currentPassword: String(data.get('currentPassword') ?? ''), newPassword } });
            el.reset();
          }, t('security.changed'));
        }}
      >
        <FormStatus form={form} />
        <Field label={t('security.current')} error={form.errorFor('currentPassword')}>
          {(a) => <input {...a} name="currentPassword" type="password" autoComplete="current-password" />}
        </Field>
        <Field label={t('password.new')} hint={t('password.hint')} error={form.errorFor('newPassword')}>
          {(a) => <input {...a} name="newPassword" type="password" autoComplete="new-password" />}
        </Field>
        <Field label={t('password.repeat')} error={form.errorFor('repeat')}>
          {(a) => <input {...a} name="repeat" type="password" autoComplete="new-password" />}
        </Field>
        <button type="submit" aria-disabled={form.busy}>
          {t('security.changeSubmit')}
        </button>
      </form>
    </section>
  );
}

type Setup = { secret: string; uri: string; qrSvg: string };

function TwoStep() {
  const { me, refresh } = useSession();
  const [setup, setSetup] = useState<Setup | null>(null);
  const start = useForm([]);
  const confirm = useForm(['code']);
  const disable = useForm(['password']);
  const [note, setNote] = useState<string | null>(null);
  return (
    <section aria-labelledby="sec-totp" className="card">
      <h2 id="sec-totp">{t('security.totpTitle')}</h2>
      <div role="status">{note && <p className="alert alert-ok">{note}</p>}</div>
      {me.user.totpEnabled ? (
        <>
          <p>{t('security.totpOnShort')}</p>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const password = String(new FormData(e.currentTarget).get('password') ?? '');
              void disable.run(async () => {
                await api('/auth/totp/disable', { body: { password } });
                setNote(t('security.disabled'));
                await refresh();
              });
            }}
          >
            <FormStatus form={disable} />
            <Field label={t('security.disablePassword')} error={disable.errorFor('password')}>
              {(a) => <input {...a} name="password" type="password" autoComplete="current-password" />}
            </Field>
            <button type="submit" className="btn-danger" aria-disabled={disable.busy}>
              {t('security.disableSubmit')}
            </button>
          </form>
        </>
      ) : setup ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const code = String(new FormData(e.currentTarget).get('code') ?? '').replace(/\s/g, '');
            void confirm.run(async () => {
              await api('/auth/totp/confirm', { body: { code } });
              setSetup(null);
              setNote(t('security.totpEnabled'));
              await refresh();
            });
          }}
        >
          <p>{t('security.totpSteps')}</p>
          <div className="qr-row">
            <img className="qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(setup.qrSvg)}`} alt={t('security.qrAlt')} width={200} height={200} />
            <dl className="secret-box">
              <dt>{t('security.secret')}</dt>
              <dd>
                <code className="secret">{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
              </dd>
            </dl>
          </div>
          <FormStatus form={confirm} />
          <Field label={t('totp.code')} hint={t('totp.codeHint')} error={confirm.errorFor('code')}>
            {(a) => <input {...a} name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} className="code-input" />}
          </Field>
          <button type="submit" aria-disabled={confirm.busy}>
            {t('security.totpConfirm')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('security.totpOff')}</p>
          <FormStatus form={start} />
          <button
            type="button"
            aria-disabled={start.busy}
            onClick={() =>
              void start.run(async () => {
                setNote(null);
                setSetup(await api<Setup>('/auth/totp/setup', { method: 'POST' }));
              })
            }
          >
            {t('security.totpStart')}
          </button>
        </>
      )}
    </section>
  );
}
