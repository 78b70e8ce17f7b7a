import { and, eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { readPublicForm } from '../../http/form-body.ts';
import { isHttps } from '../../http/middleware/security-headers.ts';
import { clientAddress, hitRateLimit } from '../../http/rate-limit.ts';
import { type MessageKey, t } from '../../i18n/catalogue.ts';
import { resolveSite, siteHref } from '../site/resolve-site.ts';
import { sendSitePage, serveSitePage } from '../site/serve-site-page.tsx';
import { unitPath } from '../site/site-menu.ts';
import { pageTrail } from '../site/unit-pages/page-trail.ts';
import { publicRequestBody } from './fields.ts';
import { IDENTITY_MAX_BYTES, type IdentityFile, readIdentityFile } from './identity-file.ts';
import { formPage, receiptGonePage, receiptPage } from './pages.tsx';
import { readReceiptCookie, setReceiptCookie } from './receipt-cookie.ts';
import { registerPermohonan } from './register-permohonan.ts';
import { permohonan } from './schema.ts';
import type { FormErrors, FormValues } from './views/request-form.tsx';

/** Valid requests one address may send per window: enough for a family, too few for a flood. */
const LIMIT = 5;
const WINDOW_SECONDS = 600;

// The text fields are at most ~25 KB even in multi-byte script; anything beyond the file's limit and
// that is refused before it is read.
const formBodyLimit = bodyLimit({ maxSize: IDENTITY_MAX_BYTES + 64 * 1024, onError: answerTooLarge });

/**
 * Registers the POST of the public request form, at `/{unit}/ppid/permohonan` and, for a unit
 * on its own host, at `/ppid/permohonan`, and the receipt page the post redirects to
 * (`…/ppid/permohonan/tanda-terima`). Register them before the public site's catch-all.
 */
export function registerPermohonanForm(app: Hono<AppEnv>): void {
  app.post('/:unit/ppid/permohonan', formBodyLimit, submitPermohonanForm);
  app.post('/ppid/permohonan', formBodyLimit, submitPermohonanForm);
  app.get('/:unit/ppid/permohonan/tanda-terima', showPermohonanReceipt);
  app.get('/ppid/permohonan/tanda-terima', showPermohonanReceipt);
}

/** The unit's form (or its receipt page) behind this URL, or null for anything else. */
async function formSite(c: Context<AppEnv>, page = 'ppid/permohonan') {
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(c.get('services').db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (!site?.ctx.unit || site.rest.join('/') !== page) return null;
  return { lang, ctx: site.ctx, unit: site.ctx.unit, trail: pageTrail(site.ctx, site.ctx.unit) } as const;
}

/**
 * The receipt after the redirect, from this browser's sealed receipt cookie: reloading it shows
 * the same receipt and registers nothing. Without a valid cookie (another browser, someone who
 * guessed the address, or after the cookie expired) it says where to track the request instead.
 */
export async function showPermohonanReceipt(c: Context<AppEnv>): Promise<Response> {
  const form = await formSite(c, 'ppid/permohonan/tanda-terima');
  if (!form) return serveSitePage(c);
  const flash = readReceiptCookie(c, unitPath(form.ctx, 'ppid', 'permohonan'));
  const [row] = flash?.token
    ? await c
        .get('services')
        .db.select()
        .from(permohonan)
        .where(and(eq(permohonan.id, flash.id), eq(permohonan.unitId, form.unit.id)))
    : [];
  if (!row || !flash?.token) return sendSitePage(c, form.ctx, receiptGonePage(form.trail));
  return sendSitePage(c, form.ctx, receiptPage(form.trail, row, flash.token, siteOrigin(c), Boolean(flash.repeated)));
}

// A body over the limit is never read, so nothing typed can be kept; the page says so.
async function answerTooLarge(c: Context<AppEnv>): Promise<Response> {
  const form = await formSite(c);
  if (!form) return serveSitePage(c);
  return sendSitePage(c, form.ctx, formPage(form.trail, { notice: t(form.lang, 'permohonan.form.too_large'), status: 400 }));
}

/**
 * Handles one post of the form without JavaScript (multipart, or urlencoded from an older page): a
 * 400 page keeping what was typed with each problem at its field, a 429 page past the limit, or a
 * 303 to the receipt page (the same request sent again within minutes gets the earlier receipt).
 */
export async function submitPermohonanForm(c: Context<AppEnv>): Promise<Response> {
  const services = c.get('services');
  const form = await formSite(c);
  // Anything but a unit's request form answers the site's own 404 page.
  if (!form) return serveSitePage(c);
  const { lang, ctx, trail } = form;
  const posted = await readPublicForm(c, lang);
  if (!posted) return sendSitePage(c, ctx, formPage(trail, { notice: t(lang, 'invalid.form_unreadable'), status: 400 }));
  const body = posted.body;
  const values = formValues(body);
  const parsed = publicRequestBody.safeParse(values);
  const upload = await readUpload(body.identitas);
  if (!parsed.success || upload.error || Object.keys(posted.errors).length > 0) {
    const errors = { ...(parsed.success ? {} : fieldErrors(lang, parsed.error)), ...posted.errors };
    const uploadError = upload.error ?? (upload.file ? 'permohonan.invalid.identitas_again' : null);
    if (uploadError) errors.identitas = t(lang, uploadError);
    return sendSitePage(c, ctx, formPage(trail, { values, errors, status: 400 }));
  }
  const limit = await hitRateLimit(services.db, `permohonan:${clientAddress(c)}`, LIMIT, WINDOW_SECONDS);
  if (!limit.allowed) {
    c.header('Retry-After', String(limit.retryAfter));
    const notice = t(lang, 'permohonan.form.rate_limited', { minutes: Math.ceil(limit.retryAfter / 60) });
    return sendSitePage(c, ctx, formPage(trail, { values, notice, status: 429 }));
  }
  const registered = await registerPermohonan(
    services,
    ctx.tenant,
    form.unit,
    { ...parsed.data, channel: 'website', receivedAt: new Date() },
    null,
    upload.file,
    { lang },
  );
  // Post/redirect/get: the receipt is a page of its own, so reloading it never posts again.
  setReceiptCookie(c, unitPath(ctx, 'ppid', 'permohonan'), { id: registered.permohonan.id, token: registered.trackingToken, repeated: registered.repeated });
  return c.redirect(siteHref(ctx, unitPath(ctx, 'ppid', 'permohonan', 'tanda-terima')), 303);
}

type Upload = { file: IdentityFile | null; error: MessageKey | null };

// An empty file input still sends a part with no bytes: that is "no file", not a bad one.
async function readUpload(part: unknown): Promise<Upload> {
  if (!(part instanceof File) || part.size === 0) return { file: null, error: null };
  if (part.size > IDENTITY_MAX_BYTES) return { file: null, error: 'permohonan.invalid.identitas_too_large' };
  const file = readIdentityFile(new Uint8Array(await part.arrayBuffer()));
  if (!file) return { file: null, error: 'permohonan.invalid.identitas' };
  if ('refused' in file) return { file: null, error: `permohonan.invalid.identitas_${file.refused}` };
  return { file, error: null };
}

// The address the visitor used, so the printed link works on a unit's own host too; the scheme
// comes from the proxy only when it is trusted.
function siteOrigin(c: Context<AppEnv>): string {
  const host = c.req.header('host') ?? '';
  return `${isHttps(c) ? 'https' : 'http'}://${/^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? host : new URL(c.req.url).host}`;
}

// Only text fields count; a file part or a repeated name cannot smuggle anything else in.
function formValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') values[key] = value;
  return values;
}

/** The first problem of each field, in the visitor's language. */
function fieldErrors(lang: 'id' | 'en', error: z.ZodError): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!name || errors[name]) continue;
    const key = issue.message.startsWith('msg:') ? (issue.message.slice(4) as MessageKey) : `permohonan.invalid.${name}`;
    errors[name] = t(lang, key as MessageKey);
  }
  return errors;
}
