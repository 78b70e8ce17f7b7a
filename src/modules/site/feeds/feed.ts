import { t } from '../../../i18n/catalogue.ts';
import { publicSegmentsOf } from '../../konten/public-path.ts';
import { absoluteUrl, type SiteAddress } from '../meta/site-address.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';
import type { FeedItem } from './feed-items.ts';
import type { FeedFormat } from './feed-links.ts';
import { feedPath } from './feed-links.ts';
import { rfc822, rfc3339, XML_DECLARATION, xmlText } from './xml.ts';

/** How many recent items a feed carries: readers poll often, and only what is new matters to them. */
export const FEED_LIMIT = 20;

export type FeedDocument = {
  ctx: SiteContext;
  address: SiteAddress;
  title: string;
  /** The feed's path segments below the unit (`[]`, `['berita']`, `['berita', 'teknis']`). */
  parts: string[];
  /** The page the feed mirrors (a list, or the unit's home), as the site links it. */
  page: string;
  items: FeedItem[];
  bidangSlugs: ReadonlyMap<string, string>;
  bidangNames: ReadonlyMap<string, string>;
  /** Each item's full text as HTML with absolute addresses (feed-bodies.ts), by item id. */
  bodies: ReadonlyMap<string, string>;
};

function itemUrl(doc: FeedDocument, item: FeedItem): string {
  return absoluteUrl(doc.address, siteHref(doc.ctx, unitPath(doc.ctx, ...publicSegmentsOf(item, doc.bidangSlugs))));
}

// The feed's own time: its newest item's, so an unchanged feed reads the same (and keeps its ETag).
function updatedOf(items: FeedItem[]): Date {
  return items.reduce((latest, i) => (i.revisedAt > latest ? i.revisedAt : latest), new Date(0));
}

/** RSS 2.0 with an atom:link to itself, as feed validators ask. */
export function renderRss(doc: FeedDocument): string {
  const { ctx, address, items } = doc;
  const unitName = ctx.unit?.name ?? ctx.tenant.name;
  const self = absoluteUrl(address, feedPath(ctx, doc.parts, 'rss'));
  const entries = items.map((item) => {
    const link = itemUrl(doc, item);
    const category = item.bidangId ? doc.bidangNames.get(item.bidangId) : undefined;
    return [
      '<item>',
      `<title>${xmlText(item.judul)}</title>`,
      `<link>${xmlText(link)}</link>`,
      `<guid isPermaLink="false">urn:uuid:${item.id}</guid>`,
      `<pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      item.ringkasan ? `<description>${xmlText(item.ringkasan)}</description>` : '',
      doc.bodies.get(item.id) ? `<content:encoded>${xmlText(doc.bodies.get(item.id)!)}</content:encoded>` : '',
      category ? `<category>${xmlText(category)}</category>` : '',
      '</item>',
    ].join('');
  });
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    `<title>${xmlText(doc.title)}</title>`,
    `<link>${xmlText(absoluteUrl(address, doc.page))}</link>`,
    `<description>${xmlText(t(ctx.lang, 'site.feed.description', { unit: unitName }))}</description>`,
    `<language>${ctx.lang}</language>`,
    items.length > 0 ? `<lastBuildDate>${rfc822(updatedOf(items))}</lastBuildDate>` : '',
    `<atom:link href="${xmlText(self)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '</channel>',
    '</rss>\n',
  ].join('');
}

/** Atom 1.0 (RFC 4287): ids are the items' permanent `urn:uuid`, so a moved item is not "new". */
export function renderAtom(doc: FeedDocument): string {
  const { ctx, address, items } = doc;
  const unitName = ctx.unit?.name ?? ctx.tenant.name;
  const self = absoluteUrl(address, feedPath(ctx, doc.parts, 'atom'));
  const updated = items.length > 0 ? updatedOf(items) : (ctx.unit?.updatedAt ?? new Date(0));
  const entries = items.map((item) => {
    const link = itemUrl(doc, item);
    const category = item.bidangId ? doc.bidangNames.get(item.bidangId) : undefined;
    return [
      '<entry>',
      `<title>${xmlText(item.judul)}</title>`,
      `<id>urn:uuid:${item.id}</id>`,
      `<link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
      `<published>${rfc3339(item.publishedAt)}</published>`,
      `<updated>${rfc3339(item.revisedAt)}</updated>`,
      item.penulis ? `<author><name>${xmlText(item.penulis)}</name></author>` : '',
      item.ringkasan ? `<summary>${xmlText(item.ringkasan)}</summary>` : '',
      doc.bodies.get(item.id) ? `<content type="html">${xmlText(doc.bodies.get(item.id)!)}</content>` : '',
      category ? `<category term="${xmlText(category)}"/>` : '',
      '</entry>',
    ].join('');
  });
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.lang}">`,
    `<title>${xmlText(doc.title)}</title>`,
    `<subtitle>${xmlText(t(ctx.lang, 'site.feed.description', { unit: unitName }))}</subtitle>`,
    `<id>${xmlText(self)}</id>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(absoluteUrl(address, doc.page))}"/>`,
    `<updated>${rfc3339(updated)}</updated>`,
    `<author><name>${xmlText(unitName)}</name></author>`,
    ...entries,
    '</feed>\n',
  ].join('');
}

export const renderFeed = (format: FeedFormat, doc: FeedDocument) => (format === 'rss' ? renderRss(doc) : renderAtom(doc));
