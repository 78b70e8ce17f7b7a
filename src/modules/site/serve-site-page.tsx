import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { readPublicQuery } from '../../http/form-body.ts';
import { t } from '../../i18n/catalogue.ts';
import { findWordPressRedirect } from '../impor-wp/find-redirect.ts';
import { listCentralKonten } from '../konten/public-central.ts';
import { listUnits } from '../org/find-units.ts';
import type { PortalSection } from './portal.ts';
import { resolveSite, type SiteContext, siteHref } from './resolve-site.ts';
import { routeUnitPage } from './route-unit-page.ts';
import { sendCached } from './send-cached.ts';
import type { PageSpec } from './unit-pages/page-trail.ts';
import { Layout, type LayoutProps } from './views/layout.tsx';
import { NotFound } from './views/not-found.tsx';
import { PemdaHome } from './views/pemda-home.tsx';

const pageCache = 'public, max-age=60';

/**
 * Answers one public page request: the pemda home, a unit page, or a 404 in the frame of the site
 * the visitor was on.
 */
export async function serveSitePage(c: Context<AppEnv>, portal: PortalSection[] = []): Promise<Response> {
  const db = c.get('services').db;
  // Only ?lang=en changes the chrome, so the URL alone decides the page and caches stay correct.
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (!site) return c.html(`<!doctype html><html lang="id"><title>Warta</title><p>${t(lang, 'site.no_tenant')}</p></html>`, 404);
  const { ctx, rest } = site;
  const moved = await movedFromWordPress(c, ctx, 'found');
  if (moved) return moved;
  if (!ctx.unit) {
    if (rest.length > 0) return notFound(c, ctx);
    const units = await listUnits(db, ctx.tenant.id);
    const central = await listCentralKonten(db, ctx.tenant.id);
    const home = { label: ctx.tenant.name, href: siteHref(ctx, '/') };
    return page(c, { ctx, title: ctx.tenant.name, crumbs: [home], section: 'beranda', children: <PemdaHome ctx={ctx} units={units} central={central} /> });
  }
  const spec = await routeUnitPage(db, ctx, ctx.unit, rest, portal, readPublicQuery(c));
  if (!spec) return notFound(c, ctx);
  return sendSitePage(c, ctx, spec);
}

async function render(props: LayoutProps): Promise<string> {
  return `<!doctype html>${await Layout(props).toString()}`;
}

/** Sends one unit page in the site frame; pages with personal data are never cached. */
export async function sendSitePage(c: Context<AppEnv>, ctx: SiteContext, spec: PageSpec): Promise<Response> {
  const html = await render({ ctx, title: spec.title, crumbs: spec.crumbs, section: spec.section, meta: spec.meta, children: spec.content });
  if (spec.private) {
    c.header('Cache-Control', 'no-store');
    return c.html(html, spec.status ?? 200);
  }
  return sendCached(c, html, { type: 'text/html; charset=utf-8', cacheControl: pageCache, status: spec.status === 404 ? 404 : undefined });
}

async function page(c: Context<AppEnv>, props: LayoutProps): Promise<Response> {
  return sendCached(c, await render(props), { type: 'text/html; charset=utf-8', cacheControl: pageCache });
}

/** A 301 to where an imported WordPress address moved (impor-wp), or null. */
async function movedFromWordPress(c: Context<AppEnv>, ctx: SiteContext, when: 'found' | 'missing'): Promise<Response | null> {
  const site = { tenantId: ctx.tenant.id, hostUnitId: ctx.onUnitHost ? (ctx.unit?.id ?? null) : null };
  const to = await findWordPressRedirect(c.get('services').db, site, new URL(c.req.url), when);
  return to ? c.redirect(to, 301) : null;
}

async function notFound(c: Context<AppEnv>, ctx: SiteContext): Promise<Response> {
  const moved = await movedFromWordPress(c, ctx, 'missing');
  if (moved) return moved;
  const title = t(ctx.lang, 'site.not_found.title');
  const html = await render({ ctx, title, crumbs: [{ label: title, href: ctx.path }], section: null, children: <NotFound ctx={ctx} /> });
  return sendCached(c, html, { type: 'text/html; charset=utf-8', cacheControl: pageCache, status: 404 });
}
