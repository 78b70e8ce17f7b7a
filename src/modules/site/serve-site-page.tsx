import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { readPublicQuery } from '../../http/form-body.ts';
import { t } from '../../i18n/catalogue.ts';
import { findWordPressRedirect } from '../impor-wp/find-redirect.ts';
import { offerPage } from './cache/serve-cached-page.ts';
import { pemdaMeta } from './meta/page-meta.ts';
import { siteAddress } from './meta/site-address.ts';
import type { PortalSection } from './portal.ts';
import { resolveSite, type SiteContext, siteHref } from './resolve-site.ts';
import { routeUnitPage } from './route-unit-page.ts';
import { sendCached } from './send-cached.ts';
import type { PageSpec } from './unit-pages/page-trail.ts';
import { Layout, type LayoutProps } from './views/layout.tsx';
import { NotFound } from './views/not-found.tsx';
import { loadPemdaHome, PemdaHome } from './views/pemda-home.tsx';

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
    const data = await loadPemdaHome(db, ctx.tenant.id);
    const home = { label: ctx.tenant.name, href: siteHref(ctx, '/') };
    return page(c, ctx, {
      ctx,
      title: ctx.tenant.name,
      crumbs: [home],
      section: 'beranda',
      meta: pemdaMeta(ctx),
      children: <PemdaHome ctx={ctx} {...data} />,
    });
  }
  const spec = await routeUnitPage(db, ctx, ctx.unit, rest, portal, readPublicQuery(c));
  if (!spec) return notFound(c, ctx);
  if (spec.send) return (await spec.send(c)) ?? notFound(c, ctx);
  return sendSitePage(c, ctx, spec);
}

/** A page in the site frame; its head gets the site's own address (canonical, previews) and the list page asked for. */
async function render(c: Context<AppEnv>, props: LayoutProps): Promise<string> {
  const halaman = Number(c.req.query('halaman')) || undefined;
  const meta = { ...props.meta, site: siteAddress(c.get('services').config.publicUrl, props.ctx), halaman };
  return `<!doctype html>${await Layout({ ...props, meta }).toString()}`;
}

/** Sends one unit page in the site frame; pages with personal data are never cached. */
export async function sendSitePage(c: Context<AppEnv>, ctx: SiteContext, spec: PageSpec): Promise<Response> {
  const html = await render(c, { ctx, title: spec.title, crumbs: spec.crumbs, section: spec.section, meta: spec.meta, children: spec.content });
  if (spec.private) {
    c.header('Cache-Control', 'no-store');
    return c.html(html, spec.status ?? 200);
  }
  return sendPublic(c, ctx, html, spec.status === 404 ? 404 : spec.status === undefined || spec.status === 200 ? 200 : spec.status);
}

async function page(c: Context<AppEnv>, ctx: SiteContext, props: LayoutProps): Promise<Response> {
  return sendPublic(c, ctx, await render(c, props), 200);
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
  const html = await render(c, {
    ctx,
    title,
    crumbs: [{ label: title, href: ctx.path }],
    section: null,
    meta: { noindex: true },
    children: <NotFound ctx={ctx} />,
  });
  return sendPublic(c, ctx, html, 404);
}

/** A page anyone may see: offered to the page cache (a 200 or a 404 only) and sent with its ETag. */
function sendPublic(c: Context<AppEnv>, ctx: SiteContext, html: string, status: 200 | 400 | 404 | 429): Response {
  if (status === 200 || status === 404) offerPage(c, { tenantId: ctx.tenant.id, unitId: ctx.unit?.id ?? null, html, status, cacheControl: pageCache });
  return sendCached(c, html, { type: 'text/html; charset=utf-8', cacheControl: pageCache, status: status === 404 ? 404 : undefined });
}
