import type { Context } from 'hono';
import type { AppEnv } from '../../../http/env.ts';
import { t } from '../../../i18n/catalogue.ts';
import { type JenisKonten, jenisKonten } from '../../konten/terms.ts';
import { listBidang, listUnits } from '../../org/find-units.ts';
import { siteAddress, unitUrl } from '../meta/site-address.ts';
import type { PortalSection } from '../portal.ts';
import { resolveSite, type SiteContext, siteHref } from '../resolve-site.ts';
import { sendCached } from '../send-cached.ts';
import { unitPath } from '../site-menu.ts';
import { FEED_LIMIT, renderFeed } from './feed.ts';
import { feedBodies } from './feed-bodies.ts';
import { listFeedItems } from './feed-items.ts';
import type { FeedFormat } from './feed-links.ts';
import { robotsTxt } from './robots.ts';
import { newsSitemap, pemdaSitemap, sitemapIndex, unitSitemap, unitSitemapFiles } from './sitemap.ts';

// The last path segment of every machine-read file; any other request is a page.
const fileName = /^(robots\.txt|rss\.xml|atom\.xml|sitemap(-\d{1,5}|-news|-beranda)?\.xml)$/;
const feedName = /^(rss|atom)\.xml$/;

// Feeds are polled often and should show a new item soon; sitemaps and robots.txt are read rarely.
const FEED_CACHE = 'public, max-age=60';
const MAP_CACHE = 'public, max-age=300';

const types = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

// The page a kind's feed mirrors: its list, or the unit's home for kinds without a list page yet.
const listOf: Partial<Record<JenisKonten, string[]>> = { berita: ['berita'], artikel: ['artikel'], publikasi: ['publikasi'], agenda: ['kalender'] };

/**
 * Answers a request for a feed, a sitemap or robots.txt, or null when the path is not one (the
 * page router then answers it, with a 404 if nothing is there). Feeds: `/{unit}/rss.xml`,
 * `/{unit}/{jenis}/rss.xml`, `/{unit}/berita/{bidang}/rss.xml` and the same as `atom.xml`.
 */
export async function serveSiteFile(c: Context<AppEnv>, portal: PortalSection[]): Promise<Response | null> {
  const pathname = new URL(c.req.url).pathname;
  const last = pathname.split('/').filter(Boolean).at(-1);
  if (!last || !fileName.test(last)) return null;
  const { db, config } = c.get('services');
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(db, c.req.header('host'), pathname, lang);
  if (!site) return null;
  const { ctx, rest } = site;
  const address = siteAddress(config.publicUrl, ctx);
  const [first, second, third, ...more] = rest;
  if (more.length > 0 || first === undefined) return null;

  if (!ctx.unit) {
    if (second !== undefined) return null;
    if (first === 'robots.txt') return sendCached(c, robotsTxt(address, false), { type: types.text, cacheControl: MAP_CACHE });
    if (first === 'sitemap-beranda.xml') return sendCached(c, pemdaSitemap(address), { type: types.xml, cacheControl: MAP_CACHE });
    if (first !== 'sitemap.xml') return null;
    // Units on their own host are left out: a sitemap may only name its own host's pages, and
    // theirs is named by their own robots.txt.
    const units = (await listUnits(db, ctx.tenant.id)).filter((u) => !u.host);
    // A unit's files, not its own index: an index may only name sitemaps.
    const files = await Promise.all(units.map(async (u) => [...(await unitSitemapFiles(db, u, address, portal)), 'sitemap-news.xml']));
    const locs = [unitUrl(address, ['sitemap-beranda.xml']), ...units.flatMap((u, i) => files[i]!.map((file) => `${address.origin}/${u.slug}/${file}`))];
    return sendCached(c, sitemapIndex(locs), { type: types.xml, cacheControl: MAP_CACHE });
  }

  const unit = ctx.unit;
  if (second === undefined) {
    if (first === 'robots.txt') return ctx.onUnitHost ? sendCached(c, robotsTxt(address, true), { type: types.text, cacheControl: MAP_CACHE }) : null;
    if (first === 'sitemap-news.xml') return sendCached(c, await newsSitemap(db, unit, address), { type: types.xml, cacheControl: MAP_CACHE });
    const part = /^sitemap(?:-(\d+))?\.xml$/.exec(first);
    if (part) {
      const body = await unitSitemap(db, unit, address, portal, part[1] === undefined ? null : Number(part[1]));
      return body === null ? null : sendCached(c, body, { type: types.xml, cacheControl: MAP_CACHE });
    }
  }
  const file = third ?? second ?? first;
  if (!feedName.test(file)) return null;
  const format = file.slice(0, file.indexOf('.')) as FeedFormat;
  const scope = await feedScope(c, ctx, rest.slice(0, -1));
  if (!scope) return null;
  const bidang = await listBidang(db, unit.id);
  const items = await listFeedItems(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: scope.jenis, bidangId: scope.bidangId, limit: FEED_LIMIT });
  const bidangSlugs = new Map(bidang.map((b) => [b.id, b.slug]));
  const body = renderFeed(format, {
    ctx,
    address,
    title: scope.title,
    parts: rest.slice(0, -1),
    page: siteHref(ctx, unitPath(ctx, ...scope.page)),
    items,
    bidangSlugs,
    bidangNames: new Map(bidang.map((b) => [b.id, b.name])),
    bodies: await feedBodies(db, ctx, address, items, bidangSlugs),
  });
  return sendCached(c, body, { type: types[format], cacheControl: FEED_CACHE });
}

type Scope = { title: string; jenis?: JenisKonten; bidangId?: string; page: string[] };

/** What a feed's path below the unit selects: everything, one kind, or one bidang's news. */
async function feedScope(c: Context<AppEnv>, ctx: SiteContext, parts: string[]): Promise<Scope | null> {
  const unit = ctx.unit!;
  const [segment, bidangSlug] = parts;
  if (segment === undefined) return { title: t(ctx.lang, 'site.feed.unit', { unit: unit.name }), page: [] };
  const jenis = jenisKonten.find((j) => j === segment);
  if (!jenis) return null;
  if (bidangSlug === undefined) {
    return { title: t(ctx.lang, 'site.feed.jenis', { jenis: t(ctx.lang, `konten.jenis.${jenis}`), unit: unit.name }), jenis, page: listOf[jenis] ?? [] };
  }
  if (jenis !== 'berita') return null;
  const bidang = (await listBidang(c.get('services').db, unit.id)).find((b) => b.slug === bidangSlug);
  if (!bidang) return null;
  return { title: t(ctx.lang, 'site.feed.bidang', { bidang: bidang.name, unit: unit.name }), jenis, bidangId: bidang.id, page: ['berita', bidang.slug] };
}
