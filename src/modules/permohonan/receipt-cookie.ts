import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../http/env.ts';
import { isHttps } from '../../http/middleware/security-headers.ts';

/** How long the receipt of a public form can be reloaded in the browser that sent it. */
export const RECEIPT_MINUTES = 30;

const COOKIE = 'warta_tanda_terima';

/** What a receipt page shows again: the case and, for a request, its tracking token. */
export type ReceiptFlash = { id: string; token?: string; repeated?: boolean };

/**
 * After a public form is registered (post/redirect/get), the receipt travels in a cookie sealed
 * with the installation key, scoped to the form's path, HttpOnly and short-lived: the receipt page
 * behind the redirect can be reloaded, and its address alone shows nothing to anyone else.
 */
export function setReceiptCookie(c: Context<AppEnv>, formPath: string, receipt: ReceiptFlash): void {
  // The form's path is sealed in too, so a receipt of one form is never read as another's.
  const sealed = c.get('services').secrets.seal(JSON.stringify({ ...receipt, form: formPath, exp: Date.now() + RECEIPT_MINUTES * 60_000 }));
  setCookie(c, COOKIE, sealed, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: formPath, maxAge: RECEIPT_MINUTES * 60 });
}

/** The receipt of this form this browser may see again, or null (none, forged, another form's, or expired). */
export function readReceiptCookie(c: Context<AppEnv>, formPath: string): ReceiptFlash | null {
  const sealed = getCookie(c, COOKIE);
  if (!sealed) return null;
  try {
    const value = JSON.parse(c.get('services').secrets.open(sealed)) as ReceiptFlash & { form: string; exp: number };
    if (typeof value.id !== 'string' || value.form !== formPath || typeof value.exp !== 'number' || value.exp < Date.now()) return null;
    return { id: value.id, ...(typeof value.token === 'string' ? { token: value.token } : {}), ...(value.repeated ? { repeated: true } : {}) };
  } catch {
    return null;
  }
}
