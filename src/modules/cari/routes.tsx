import type { Context, Hono, Next } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { readPublicQuery } from '../../http/form-body.ts';
import { clientAddress, hitRateLimit } from '../../http/rate-limit.ts';
import { t } from '../../i18n/catalogue.ts';
import { resolveSite } from '../site/resolve-site.ts';
import { sendSitePage } from '../site/serve-site-page.tsx';
import { cariPage } from './cari-page.tsx';

/** Searches one address may run per window: plenty for a person, a brake on a scraper. */
const LIMIT = 30;
const WINDOW_SECONDS = 60;

/**
 * Registers the search pages before the public site's catch-all: every `/{unit}/cari` and `/cari`
 * is counted against its address first. Past the limit a 429 page answers; otherwise a unit's
 * search goes on to the site's router (`case 'cari'` in route-unit-page.ts) and the pemda's
 * search across all its units is answered here.
 */
export function registerCariPages(app: Hono<AppEnv>): void {
  app.get('/cari', searchHandler);
  app.get('/:unit/cari', searchHandler);
}

async function searchHandler(c: Context<AppEnv>, next: Next): Promise<Response | undefined> {
  const db = c.get('services').db;
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (site?.rest.join('/') !== 'cari') {
    await next();
    return;
  }
  const limit = await hitRateLimit(db, `cari:${clientAddress(c)}`, LIMIT, WINDOW_SECONDS);
  if (!limit.allowed) {
    c.header('Retry-After', String(limit.retryAfter));
    return sendSitePage(c, site.ctx, await cariPage(db, site.ctx, readPublicQuery(c), t(lang, 'cari.too_many', { seconds: limit.retryAfter })));
  }
  if (site.ctx.unit) {
    await next();
    return;
  }
  return sendSitePage(c, site.ctx, await cariPage(db, site.ctx, readPublicQuery(c)));
}
