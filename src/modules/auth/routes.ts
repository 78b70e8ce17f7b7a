import type { Context } from 'hono';
import { z } from 'zod';
import type { ApiRouter } from '../../http/api-router.ts';
import type { AppEnv } from '../../http/env.ts';
import { clientAddress, hitRateLimit } from '../../http/rate-limit.ts';
import { AppError } from '../../lib/errors.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { changePassword } from './change-password.ts';
import { clearSessionCookie, setSessionCookie } from './cookie.ts';
import { knownDeviceMarks, rememberDevice } from './known-device.ts';
import { requestPasswordReset, setPasswordFromLink } from './password-reset.ts';
import { signIn } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { beginTotpSetup, confirmTotpSetup, disableTotp } from './totp-setup.ts';
import { verifySecondFactor } from './verify-second-factor.ts';

const email = z.email().max(254);
const code = z.string().regex(/^\d{6}$/);
const linkBody = z.object({ token: z.string().min(20).max(200), password: z.string().max(200) });

/** Awaits `work`; a backoff refusal (429) carries `Retry-After` with the seconds to wait. */
async function withRetryAfter<T>(c: Context<AppEnv>, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') c.header('Retry-After', String(error.params.seconds ?? 1));
    throw error;
  }
}

/** Sign-in, two-step codes, password links and the signed-in person's own settings. */
export function registerAuthApi(api: ApiRouter): void {
  api.route(
    {
      method: 'post',
      path: '/auth/sign-in',
      summary: 'Sign in with e-mail and password',
      auth: 'public',
      body: z.object({ email, password: z.string().min(1).max(200) }),
      // An e-mail and a password fit in far less; a big body would only cost parsing time.
      bodyLimit: 16 * 1024,
    },
    async (c, { body }) => {
      const services = c.get('services');
      const result = await withRetryAfter(c, signIn(services, body, clientAddress(c), knownDeviceMarks(c)));
      setSessionCookie(c, result.token);
      rememberDevice(c, services.secrets, result.userId);
      return c.json({ csrfToken: result.csrfToken, mfaRequired: result.mfaRequired });
    },
  );

  api.route(
    { method: 'post', path: '/auth/sign-in/totp', summary: 'Complete sign-in with a two-step code', auth: 'public', body: z.object({ code }) },
    async (c, { body }) => {
      const user = c.get('user');
      const session = c.get('session');
      if (!user || !session) throw new AppError('unauthenticated', 'error.unauthenticated');
      await withRetryAfter(c, verifySecondFactor(c.get('services'), session.id, user.id, body.code));
      return c.json({ ok: true });
    },
  );

  api.route({ method: 'post', path: '/auth/sign-out', summary: 'Sign out', auth: 'user', allowWithout2fa: true }, async (c, _input, { user, session }) => {
    await signOut(c.get('services'), user, session.id);
    clearSessionCookie(c);
    return c.json({ ok: true });
  });

  api.route({ method: 'get', path: '/auth/me', summary: 'The signed-in person, their roles and CSRF token', auth: 'public' }, async (c) => {
    const user = c.get('user');
    const session = c.get('session');
    if (!user || !session) throw new AppError('unauthenticated', 'error.unauthenticated');
    if (session.mfaPending) return c.json({ mfaPending: true, csrfToken: session.csrfToken });
    const services = c.get('services');
    const [tenant, actor] = await Promise.all([getTenant(services.db, user.tenantId), loadActor(services.db, user)]);
    return c.json({
      mfaPending: false,
      csrfToken: session.csrfToken,
      user,
      roles: actor.roles,
      tenant: { id: tenant.id, name: tenant.name, slug: tenant.slug, timeZone: tenant.timeZone, require2faForAdmins: tenant.require2faForAdmins },
    });
  });

  api.route(
    { method: 'post', path: '/auth/password/forgot', summary: 'Mail a password reset link', auth: 'public', body: z.object({ email }) },
    async (c, { body }) => {
      const services = c.get('services');
      // Per address only: a limit per e-mail address would let anyone block its owner's reset.
      // How many mails one account receives is bounded inside requestPasswordReset, silently.
      const byAddress = await hitRateLimit(services.db, `forgot:${clientAddress(c)}`, 5, 900);
      if (!byAddress.allowed) {
        c.header('Retry-After', String(byAddress.retryAfter));
        throw new AppError('rate_limited', 'error.rate_limited', undefined, { seconds: byAddress.retryAfter });
      }
      await requestPasswordReset(services, body.email);
      return c.json({ ok: true });
    },
  );

  api.route(
    { method: 'post', path: '/auth/password/reset', summary: 'Set a new password from a reset link', auth: 'public', body: linkBody },
    async (c, { body }) => {
      const services = c.get('services');
      // The mailed link proves the mailbox: this browser becomes known, past any account-wide delay.
      rememberDevice(c, services.secrets, await setPasswordFromLink(services, 'reset', body.token, body.password));
      return c.json({ ok: true });
    },
  );

  api.route(
    { method: 'post', path: '/auth/invitation/accept', summary: 'Choose a password from an invitation link', auth: 'public', body: linkBody },
    async (c, { body }) => {
      const services = c.get('services');
      rememberDevice(c, services.secrets, await setPasswordFromLink(services, 'invite', body.token, body.password));
      return c.json({ ok: true });
    },
  );

  api.route(
    {
      method: 'post',
      path: '/auth/password/change',
      summary: 'Change my password',
      auth: 'user',
      allowWithout2fa: true,
      body: z.object({ currentPassword: z.string().max(200), newPassword: z.string().max(200) }),
    },
    async (c, { body }, { user, session }) => {
      await changePassword(c.get('services'), user, session.id, body.currentPassword, body.newPassword);
      return c.json({ ok: true });
    },
  );

  api.route(
    { method: 'post', path: '/auth/totp/setup', summary: 'Start two-step set-up: secret and QR code', auth: 'user', allowWithout2fa: true },
    async (c, _input, { user }) => {
      return c.json(await beginTotpSetup(c.get('services'), user));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/auth/totp/confirm',
      summary: 'Turn two-step sign-in on with a first code',
      auth: 'user',
      allowWithout2fa: true,
      body: z.object({ code }),
    },
    async (c, { body }, { user }) => {
      await confirmTotpSetup(c.get('services'), user, body.code);
      return c.json({ ok: true });
    },
  );

  api.route(
    { method: 'post', path: '/auth/totp/disable', summary: 'Turn two-step sign-in off', auth: 'user', body: z.object({ password: z.string().max(200) }) },
    async (c, { body }, { user }) => {
      const services = c.get('services');
      const tenant = await getTenant(services.db, user.tenantId);
      await disableTotp(services, user, body.password, user.isAdmin && tenant.require2faForAdmins);
      return c.json({ ok: true });
    },
  );
}
