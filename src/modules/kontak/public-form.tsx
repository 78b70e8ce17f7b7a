import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { readPublicForm } from '../../http/form-body.ts';
import { clientAddress, hitRateLimit } from '../../http/rate-limit.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { resolveSite, siteHref } from '../site/resolve-site.ts';
import { sendSitePage, serveSitePage } from '../site/serve-site-page.tsx';
import { unitPath } from '../site/site-menu.ts';
import { pageTrail } from '../site/unit-pages/page-trail.ts';
import type { FormErrors, FormValues } from '../site/views/form-fields.tsx';
import { kontakFormBody } from './fields.ts';
import { checkFormToken, issueFormToken } from './form-token.ts';
import { type FormState, kontakPage, kontakSentPage } from './kontak-page.tsx';
import { receivePesan } from './receive-pesan.ts';
import { HONEYPOT } from './views/kontak-form.tsx';

/** Messages one address may send per window: enough for a family on one connection, too few for a flood. */
export const KONTAK_LIMIT = 5;
export const KONTAK_WINDOW_SECONDS = 600;

// Five short fields: 5,000 characters of message in a three-byte script is 15 KB.
const formBodyLimit = bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Payload Too Large', 413) });

/**
 * Registers the unit's Kontak page with its form, at `/{unit}/kontak` and, on a unit's own host, at
 * `/kontak`, the form's POST, and the page the POST redirects to (`…/kontak/terkirim`). Register
 * before the public site's catch-all; anything that is not a unit's Kontak page falls through to it.
 */
export function registerKontakForm(app: Hono<AppEnv>): void {
  for (const base of ['/:unit/kontak', '/kontak']) {
    app.get(base, showKontak);
    app.post(base, formBodyLimit, submitKontak);
    app.get(`${base}/terkirim`, showSent);
  }
}

async function formSite(c: Context<AppEnv>, page: string) {
  const lang: Lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(c.get('services').db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (!site?.ctx.unit || site.rest.join('/') !== page) return null;
  return { lang, ctx: site.ctx, unit: site.ctx.unit, trail: pageTrail(site.ctx, site.ctx.unit) } as const;
}

async function render(c: Context<AppEnv>, form: NonNullable<Awaited<ReturnType<typeof formSite>>>, state: Omit<FormState, 'token'>) {
  const token = issueFormToken(c.get('services').secrets, form.unit.id);
  return sendSitePage(c, form.ctx, await kontakPage(c.get('services').db, form.trail, { ...state, token }));
}

async function showKontak(c: Context<AppEnv>): Promise<Response> {
  const form = await formSite(c, 'kontak');
  return form ? render(c, form, {}) : serveSitePage(c);
}

async function showSent(c: Context<AppEnv>): Promise<Response> {
  const form = await formSite(c, 'kontak/terkirim');
  return form ? sendSitePage(c, form.ctx, kontakSentPage(form.trail)) : serveSitePage(c);
}

/**
 * One post of the contact form: refused with the form again (400, what was typed kept, each problem
 * at its field) for control characters, a missing/too-fast/expired token or invalid fields; 429 past
 * the address's limit; else stored, confirmed by mail and redirected (303) to the "sent" page.
 */
async function submitKontak(c: Context<AppEnv>): Promise<Response> {
  const services = c.get('services');
  const form = await formSite(c, 'kontak');
  if (!form) return serveSitePage(c);
  const { lang, ctx } = form;
  const sent = () => c.redirect(siteHref(ctx, unitPath(ctx, 'kontak', 'terkirim')), 303);
  const posted = await readPublicForm(c, lang);
  if (!posted) return render(c, form, { notice: t(lang, 'invalid.form_unreadable'), status: 400 });
  const values: FormValues = {};
  for (const key of ['senderName', 'senderEmail', 'senderPhone', 'subject', 'body'])
    if (typeof posted.body[key] === 'string') values[key] = posted.body[key] as string;
  // A filled honeypot is a script: it is told "sent" (so it learns nothing) and nothing is kept.
  const honeypot = posted.body[HONEYPOT];
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return sent();
  const token = checkFormToken(services.secrets, form.unit.id, typeof posted.body.token === 'string' ? posted.body.token : undefined);
  if (token !== 'ok') return render(c, form, { values, errors: posted.errors, notice: t(lang, `kontak.form.token_${token}`), status: 400 });
  const parsed = kontakFormBody.safeParse(values);
  if (!parsed.success || Object.keys(posted.errors).length > 0) {
    const errors = { ...(parsed.success ? {} : fieldErrors(lang, parsed.error)), ...posted.errors };
    return render(c, form, { values, errors, status: 400 });
  }
  const limit = await hitRateLimit(services.db, `kontak:${clientAddress(c)}`, KONTAK_LIMIT, KONTAK_WINDOW_SECONDS);
  if (!limit.allowed) {
    c.header('Retry-After', String(limit.retryAfter));
    return render(c, form, { values, notice: t(lang, 'kontak.form.rate_limited', { minutes: Math.ceil(limit.retryAfter / 60) }), status: 429 });
  }
  await receivePesan(services, ctx.tenant, form.unit, parsed.data, lang);
  // Post/redirect/get: reloading the "sent" page never sends the message again.
  return sent();
}

/** The first problem of each field, in the visitor's language. */
function fieldErrors(lang: Lang, error: z.ZodError): FormErrors {
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!name || errors[name]) continue;
    const key = issue.message.startsWith('msg:') ? issue.message.slice(4) : `kontak.invalid.${name}`;
    errors[name] = t(lang, key as MessageKey);
  }
  return errors;
}
