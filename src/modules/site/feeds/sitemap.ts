import type { Queryable } from '../../../db/types.ts';
import { listLiveAddresses } from '../../konten/public-addresses.ts';
import { publicSegmentsOf } from '../../konten/public-path.ts';
import { listBidang, type Unit } from '../../org/find-units.ts';
import { listSitePages } from '../list-site-pages.ts';
import { type SiteAddress, unitUrl } from '../meta/site-address.ts';
import type { PortalSection } from '../portal.ts';
import { publicationKinds } from '../site-menu.ts';
import { countLiveItems, type FeedItem, listFeedItems } from './feed-items.ts';
import { rfc3339, XML_DECLARATION, xmlText } from './xml.ts';

/**
 * URLs per sitemap file. The protocol allows 50,000; a smaller file is quicker to build and send on
 * the small servers this runs on, and a unit that outgrows it gets a sitemap index instead (and the
 * pemda's index names its parts). At 5,000 a part took 150–180 ms to build from 100,000 items, far
 * above a list page; a thousand keeps each part near a list page's cost, and a crawler reading every
 * part does the same work in all.
 */
export const SITEMAP_CHUNK = 1000;

/** News a Google News sitemap lists: those first published in the last two days, as it asks. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_LIMIT = 1000;

type Entry = { loc: string; lastmod?: Date };

const urlset = (entries: Entry[]) =>
  [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((e) => `<url><loc>${xmlText(e.loc)}</loc>${e.lastmod ? `<lastmod>${rfc3339(e.lastmod)}</lastmod>` : ''}</url>`),
    '</urlset>\n',
  ].join('');

/** A sitemap index naming other sitemap files. */
export const sitemapIndex = (locs: string[]) =>
  [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locs.map((loc) => `<sitemap><loc>${xmlText(loc)}</loc></sitemap>`),
    '</sitemapindex>\n',
  ].join('');

/** The pemda's own pages (its home), a file of the pemda's sitemap index. */
export const pemdaSitemap = (address: SiteAddress) => urlset([{ loc: unitUrl(address, []) }]);

/** The unit's pages that are not content items: home, sections and their sub-pages, PPID portal. */
async function sectionEntries(db: Queryable, unit: Unit, address: SiteAddress, portal: PortalSection[]): Promise<Entry[]> {
  const [pages, bidang] = await Promise.all([listSitePages(db, unit.id), listBidang(db, unit.id)]);
  const paths: string[][] = [
    [],
    ['profil'],
    ...pages.map((p) => ['profil', p.slug]),
    ['berita'],
    ...bidang.map((b) => ['berita', b.slug]),
    ['publikasi'],
    ...publicationKinds.map((k) => ['publikasi', k]),
    ['kalender'],
    ['artikel'],
    ['kontak'],
    ['ppid'],
    ...portal.map((s) => ['ppid', s.segment]),
  ];
  return paths.map((parts) => ({ loc: unitUrl(address, parts) }));
}

async function itemEntries(db: Queryable, unit: Unit, address: SiteAddress, slice: { offset: number; limit: number }): Promise<Entry[]> {
  const slugs = new Map((await listBidang(db, unit.id)).map((b) => [b.id, b.slug]));
  const items = await listLiveAddresses(db, { tenantId: unit.tenantId, unitId: unit.id }, slice);
  return items.map((item) => ({ loc: unitUrl(address, publicSegmentsOf(item, slugs)), lastmod: item.lastmod }));
}

/** How many files a unit's sitemap takes: its section pages, then its live items, `chunk` URLs a file. */
async function unitSitemapSize(db: Queryable, unit: Unit, address: SiteAddress, portal: PortalSection[], chunk: number) {
  const [sections, items] = await Promise.all([sectionEntries(db, unit, address, portal), countLiveItems(db, unit.id)]);
  return { sections, items, parts: Math.max(1, Math.ceil((sections.length + items) / chunk)) };
}

/**
 * The files of a unit's sitemap as the pemda's sitemap index names them: `sitemap.xml` when it
 * is one file, else each part. A sitemap index may not name another index, and a unit's own
 * `sitemap.xml` becomes one past `chunk` URLs.
 */
export async function unitSitemapFiles(db: Queryable, unit: Unit, address: SiteAddress, portal: PortalSection[], chunk = SITEMAP_CHUNK): Promise<string[]> {
  const { parts } = await unitSitemapSize(db, unit, address, portal, chunk);
  if (parts === 1) return ['sitemap.xml'];
  return Array.from({ length: parts }, (_, i) => `sitemap-${i + 1}.xml`);
}

/**
 * A unit's sitemap: every public page and every live item (nothing a visitor would get a 404
 * for). `part` is null for `sitemap.xml` — the whole list, or an index of its parts when the unit
 * has more than one file's worth — and 1, 2… for `sitemap-{n}.xml`. Null when there is no such part.
 */
export async function unitSitemap(
  db: Queryable,
  unit: Unit,
  address: SiteAddress,
  portal: PortalSection[],
  part: number | null,
  chunk = SITEMAP_CHUNK,
): Promise<string | null> {
  const { sections, parts } = await unitSitemapSize(db, unit, address, portal, chunk);
  if (part === null) {
    if (parts === 1) return urlset([...sections, ...(await itemEntries(db, unit, address, { offset: 0, limit: chunk }))]);
    return sitemapIndex(Array.from({ length: parts }, (_, i) => unitUrl(address, [`sitemap-${i + 1}.xml`])));
  }
  if (part < 1 || part > parts) return null;
  // The list is the section pages, then the items newest first; part n is its n-th slice.
  const start = (part - 1) * chunk;
  const ownSections = sections.slice(start, start + chunk);
  const offset = Math.max(0, start - sections.length);
  const room = chunk - ownSections.length;
  return urlset([...ownSections, ...(room > 0 ? await itemEntries(db, unit, address, { offset, limit: room }) : [])]);
}

/**
 * The Google News sitemap of a unit: its berita of the last two days, with their publication facts.
 * The language is the content's, Indonesian, whatever the chrome language.
 */
export async function newsSitemap(db: Queryable, unit: Unit, address: SiteAddress, now = new Date()): Promise<string> {
  const slugs = new Map((await listBidang(db, unit.id)).map((b) => [b.id, b.slug]));
  const items: FeedItem[] = await listFeedItems(db, {
    tenantId: unit.tenantId,
    unitId: unit.id,
    jenis: 'berita',
    since: new Date(now.getTime() - NEWS_WINDOW_MS),
    limit: NEWS_LIMIT,
  });
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...items.map((item) =>
      [
        `<url><loc>${xmlText(unitUrl(address, publicSegmentsOf(item, slugs)))}</loc>`,
        '<news:news><news:publication>',
        `<news:name>${xmlText(unit.name)}</news:name><news:language>id</news:language>`,
        '</news:publication>',
        `<news:publication_date>${rfc3339(item.publishedAt)}</news:publication_date>`,
        `<news:title>${xmlText(item.judul)}</news:title>`,
        '</news:news></url>',
      ].join(''),
    ),
    '</urlset>\n',
  ].join('');
}
