import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { resolveSession } from '../../modules/auth/resolve-session.ts';
import type { AppEnv } from '../env.ts';

export const SESSION_COOKIE = 'warta_session';

/** Attaches the signed-in user, if the session cookie names a live session. */
export function session(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const found = await resolveSession(c.get('services'), token);
      if (found) {
        c.set('user', found.user);
        c.set('session', found.session);
      }
    }
    await next();
  };
}
