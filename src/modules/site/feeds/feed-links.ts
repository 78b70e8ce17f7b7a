import { t } from '../../../i18n/catalogue.ts';
import type { JenisKonten } from '../../konten/terms.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';

export type FeedLink = { title: string; href: string; type: 'application/rss+xml' | 'application/atom+xml' };
export type FeedFormat = 'rss' | 'atom';

export const feedType: Record<FeedFormat, FeedLink['type']> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

/**
 * The path segments of a feed below the unit's prefix: the unit's at `rss.xml`, a kind's at
 * `{jenis}/rss.xml`, a bidang's news at `berita/{bidang}/rss.xml` (the same for `atom.xml`).
 */
export function feedPath(ctx: SiteContext, parts: string[], format: FeedFormat): string {
  return siteHref(ctx, unitPath(ctx, ...parts, `${format}.xml`));
}

/** Both formats of one feed, as `<link rel="alternate">` entries for a page's head. */
export function feedLinks(ctx: SiteContext, title: string, parts: string[]): FeedLink[] {
  return (['rss', 'atom'] as const).map((format) => ({
    title: t(ctx.lang, `site.feed.${format}`, { judul: title }),
    href: feedPath(ctx, parts, format),
    type: feedType[format],
  }));
}

/** The unit's own feed (everything it publishes), offered on every page of its site. */
export function unitFeedLinks(ctx: SiteContext): FeedLink[] {
  if (!ctx.unit) return [];
  return feedLinks(ctx, t(ctx.lang, 'site.feed.unit', { unit: ctx.unit.name }), []);
}

/** The feed of one kind of content of the unit (`berita`, `artikel`, `agenda`…). */
export function jenisFeedLinks(ctx: SiteContext, jenis: JenisKonten): FeedLink[] {
  if (!ctx.unit) return [];
  return feedLinks(ctx, t(ctx.lang, 'site.feed.jenis', { jenis: t(ctx.lang, `konten.jenis.${jenis}`), unit: ctx.unit.name }), [jenis]);
}

/** The news feed of one bidang. */
export function bidangFeedLinks(ctx: SiteContext, bidang: { slug: string; name: string }): FeedLink[] {
  if (!ctx.unit) return [];
  return feedLinks(ctx, t(ctx.lang, 'site.feed.bidang', { bidang: bidang.name, unit: ctx.unit.name }), ['berita', bidang.slug]);
}
