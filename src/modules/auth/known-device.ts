import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import { isHttps } from '../../http/middleware/security-headers.ts';
import type { SecretBox } from '../../lib/crypto.ts';
import { safeEqual } from '../../lib/crypto.ts';

/**
 * A browser where an account signed in before (or set its password from a mailed link) carries a
 * mark for that account, so the account-wide sign-in delay, which strangers can trigger, never
 * slows the owner there. The mark is an HMAC of the account id under a key derived from the
 * installation key: it cannot be made without the key and says nothing about the account.
 */
export const KNOWN_DEVICE_COOKIE = 'warta_known';
/** Marks kept per browser: a shared office computer remembers the last few accounts. */
const MAX_MARKS = 5;
const KEEP_DAYS = 365;

const keys = new WeakMap<SecretBox, Buffer>();

/** The mark of one account. */
export function knownDeviceMark(secrets: SecretBox, userId: string): string {
  let key = keys.get(secrets);
  if (!key) {
    key = secrets.derive('known-device-v1');
    keys.set(secrets, key);
  }
  return createHmac('sha256', key).update(userId).digest('base64url').slice(0, 32);
}

/** The marks this browser sent. */
export function knownDeviceMarks(c: Context<AppEnv>): string[] {
  return (getCookie(c, KNOWN_DEVICE_COOKIE) ?? '').split('.').filter((m) => /^[\w-]{32}$/.test(m));
}

/** Whether the browser carries the account's mark. */
export function isKnownDevice(secrets: SecretBox, userId: string, marks: readonly string[]): boolean {
  const mark = knownDeviceMark(secrets, userId);
  return marks.some((m) => safeEqual(m, mark));
}

/** Adds the account's mark to the browser's (most recent first), for a year; only the sign-in API reads it. */
export function rememberDevice(c: Context<AppEnv>, secrets: SecretBox, userId: string): void {
  const mark = knownDeviceMark(secrets, userId);
  const marks = [mark, ...knownDeviceMarks(c).filter((m) => m !== mark)].slice(0, MAX_MARKS);
  setCookie(c, KNOWN_DEVICE_COOKIE, marks.join('.'), { httpOnly: true, sameSite: 'Strict', secure: isHttps(c), path: '/api/auth', maxAge: KEEP_DAYS * 86_400 });
}
