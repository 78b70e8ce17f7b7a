import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import { isHttps } from '../../http/middleware/security-headers.ts';
import { SESSION_COOKIE } from '../../http/middleware/session.ts';
import { SESSION_ABSOLUTE_HOURS } from './resolve-session.ts';

/** The session cookie, set once at sign-in for the session's absolute lifetime: HttpOnly, SameSite=Lax, Secure over HTTPS, never readable by scripts. */
export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: SESSION_ABSOLUTE_HOURS * 3600 });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}
