import { and, eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { readPublicForm } from '../../http/form-body.ts';
import { clientAddress, hitRateLimit } from '../../http/rate-limit.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { formatDate } from '../permohonan/format.ts';
import { readReceiptCookie, setReceiptCookie } from '../permohonan/receipt-cookie.ts';
import { resolveSite, siteHref } from '../site/resolve-site.ts';
import { sendSitePage, serveSitePage } from '../site/serve-site-page.tsx';
import { unitPath } from '../site/site-menu.ts';
import { pageTrail } from '../site/unit-pages/page-trail.ts';
import { publicObjectionBody } from './fields.ts';
import { objectionFormPage, objectionReceiptGonePage, objectionReceiptPage } from './pages.tsx';
import { registerKeberatan } from './register-keberatan.ts';
import { provenRequest } from './request-link.ts';
import { keberatan } from './schema.ts';
import type { FormErrors, FormValues } from './views/fields.tsx';

/** Objections one address may send per window; also caps guessing at request codes. */
const LIMIT = 5;
const WINDOW_SECONDS = 600;

/**
 * Registers the POST of the public objection form, at `/{unit}/ppid/keberatan` and, for a unit on
 * its own host, at `/ppid/keberatan`, and the receipt page it redirects to
 * (`…/ppid/keberatan/tanda-terima`). Register them before the public site's catch-all.
 */
export function registerKeberatanForm(app: Hono<AppEnv>): void {
  app.post('/:unit/ppid/keberatan', submitKeberatanForm);
  app.post('/ppid/keberatan', submitKeberatanForm);
  app.get('/:unit/ppid/keberatan/tanda-terima', showKeberatanReceipt);
  app.get('/ppid/keberatan/tanda-terima', showKeberatanReceipt);
}

/**
 * The receipt after the redirect, from this browser's sealed receipt cookie: a reload shows it
 * again and files nothing; without the cookie the page says where to follow the objection.
 */
export async function showKeberatanReceipt(c: Context<AppEnv>): Promise<Response> {
  const services = c.get('services');
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(services.db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (!site?.ctx.unit || site.rest.join('/') !== 'ppid/keberatan/tanda-terima') return serveSitePage(c);
  const trail = pageTrail(site.ctx, site.ctx.unit);
  const flash = readReceiptCookie(c, unitPath(site.ctx, 'ppid', 'keberatan'));
  const [row] = flash
    ? await services.db
        .select()
        .from(keberatan)
        .where(and(eq(keberatan.id, flash.id), eq(keberatan.unitId, site.ctx.unit.id)))
    : [];
  if (!row) return sendSitePage(c, site.ctx, objectionReceiptGonePage(trail));
  return sendSitePage(c, site.ctx, objectionReceiptPage(trail, row, Boolean(flash?.repeated)));
}

/**
 * Handles one post of the form without JavaScript: a 400 page keeping what was typed with each
 * problem at its field (a wrong request code, a ground that has not arisen, a late objection
 * included), a 429 page past the limit, or a 303 to the receipt page (the same objection sent
 * again within minutes gets the earlier receipt).
 */
export async function submitKeberatanForm(c: Context<AppEnv>): Promise<Response> {
  const services = c.get('services');
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(services.db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (!site?.ctx.unit || site.rest.join('/') !== 'ppid/keberatan') return serveSitePage(c);
  const { ctx } = site;
  const unit = site.ctx.unit;
  const trail = pageTrail(ctx, unit);
  const form = await readPublicForm(c, lang, { all: true });
  if (!form) return sendSitePage(c, ctx, objectionFormPage(trail, { notice: t(lang, 'invalid.form_unreadable'), status: 400 }));
  const values = formValues(form.body);
  const again = (errors: FormErrors) => sendSitePage(c, ctx, objectionFormPage(trail, { values, errors, status: 400 }));
  const parsed = publicObjectionBody.safeParse(values);
  if (!parsed.success || Object.keys(form.errors).length > 0) return again({ ...(parsed.success ? {} : fieldErrors(lang, parsed.error)), ...form.errors });
  // Counted before the request lookup, so the limit also caps attempts at someone else's code.
  const limit = await hitRateLimit(services.db, `keberatan:${clientAddress(c)}`, LIMIT, WINDOW_SECONDS);
  if (!limit.allowed) {
    c.header('Retry-After', String(limit.retryAfter));
    const notice = t(lang, 'keberatan.form.rate_limited', { minutes: Math.ceil(limit.retryAfter / 60) });
    return sendSitePage(c, ctx, objectionFormPage(trail, { values, notice, status: 429 }));
  }
  const { trackingToken, permohonanNumber, powerOfAttorney, ...fields } = parsed.data;
  const request = await provenRequest(services.db, unit.id, permohonanNumber, trackingToken);
  if (!request) return again({ trackingToken: t(lang, 'keberatan.request_not_found') });
  try {
    const filed = await registerKeberatan(
      services,
      ctx.tenant,
      unit,
      { ...fields, request, channel: 'website', receivedAt: new Date(), powerOfAttorneyNote: powerOfAttorney ? t('id', 'keberatan.form.poa_declared') : null },
      null,
      { lang },
    );
    // Post/redirect/get: the receipt is a page of its own, so reloading it never files again.
    setReceiptCookie(c, unitPath(ctx, 'ppid', 'keberatan'), { id: filed.id, repeated: filed.repeated });
    return c.redirect(siteHref(ctx, unitPath(ctx, 'ppid', 'keberatan', 'tanda-terima')), 303);
  } catch (err) {
    // What the law refuses (late, too early, a withdrawn request) goes back to the form at its field.
    if (err instanceof AppError && err.field && (err.code === 'invalid' || err.code === 'conflict')) return again({ [err.field]: message(lang, err) });
    throw err;
  }
}

function message(lang: Lang, err: AppError): string {
  const params = { ...err.params };
  if (typeof params.deadline === 'string') params.deadline = formatDate(params.deadline, lang);
  return t(lang, err.messageKey, params);
}

// Only text fields count; the grounds may repeat, everything else is the last value sent.
function formValues(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body)) {
    const texts = ([] as unknown[]).concat(value).filter((v): v is string => typeof v === 'string');
    if (texts.length === 0) continue;
    values[key] = key === 'grounds' ? texts : texts[texts.length - 1]!;
  }
  return values;
}

/** The first problem of each field, in the visitor's language. */
function fieldErrors(lang: Lang, error: z.ZodError): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!name || errors[name]) continue;
    const key = issue.message.startsWith('msg:') ? issue.message.slice(4) : `keberatan.invalid.${name}`;
    errors[name] = t(lang, key as MessageKey);
  }
  return errors;
}
