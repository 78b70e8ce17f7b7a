import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { konten, kontenRevisi } from '../../konten/schema.ts';
import { bidang } from '../../org/schema.ts';
import { siteAddressOf } from '../meta/site-address.ts';
import { addDokumen } from '../unit-pages/test-konten.ts';
import { FEED_LIMIT } from './feed.ts';
import { unitSitemap, unitSitemapFiles } from './sitemap.ts';
import { addItem, setLive } from './test-items.ts';

vi.mock('../../konten/media-port.ts', async () => {
  const { fakeMedia } = await import('./test-items.ts');
  return { getMediaForRender: async (_db: unknown, ids: string[]) => fakeMedia(ids) };
});

let w: TestWarta;
let f: Fixture;
const tricky = 'Rapat "Koordinasi" & <Evaluasi> Kehumasan';

// Arrays for the elements a feed repeats, so one item is still a list.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name, jpath) =>
    ['item', 'entry', 'url', 'sitemap'].includes(name) || ['feed.link', 'feed.entry.link', 'rss.channel.atom:link'].includes(String(jpath)),
});
const get = (path: string, host = 'ujiprov.go.id') => w.app.request(path, { headers: { host } });
async function xml(path: string, host?: string) {
  const res = await get(path, host);
  const body = await res.text();
  expect(res.status, `${path}: ${body.slice(0, 200)}`).toBe(200);
  expect(XMLValidator.validate(body)).toBe(true);
  return { res, doc: parser.parse(body), body };
}
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

// A body with everything a feed must carry and escape: markup-like text, a link with a query, a photo.
const bodyPhoto = '3f0c6f2e-1b1a-4c55-9d55-0a6b3c1e2f01';
const galleryPhoto = '3f0c6f2e-1b1a-4c55-9d55-0a6b3c1e2f02';
const fullBody = {
  type: 'doc' as const,
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Tarif <script>alert(1)</script> & "biaya" naik' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Unduh di sini', marks: [{ type: 'link', attrs: { href: 'https://jdih.ujiprov.go.id/cari?a=1&b=2' } }] }],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bagian kedua' }] },
    { type: 'mediaImage', attrs: { mediaId: bodyPhoto, caption: 'Foto <b>rapat</b>' } },
  ],
};

let teknisId: string;
let pdfId: string;
let withdrawn: { id: string; revisionId: string };
let scheduled: { id: string; revisionId: string };

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const [teknis] = await w.services.db.insert(bidang).values({ unitId: f.unitA.id, slug: 'teknis', name: 'Bidang Teknis' }).returning();
  teknisId = teknis!.id;
  const [umum] = await w.services.db.select().from(bidang).where(eq(bidang.unitId, f.unitA.id));
  // 25 live news of Bidang Teknis, one a day (more than a feed carries); the newest one is 30 hours old.
  for (let i = 1; i <= 25; i++) await addItem(w, f, { unitId: f.unitA.id, slug: `kabar-${i}`, judul: `Kabar ${i}`, bidangId: teknisId, hoursAgo: 6 + i * 24 });
  await addItem(w, f, {
    unitId: f.unitA.id,
    slug: 'rapat-koordinasi',
    judul: tricky,
    bidangId: umum!.id,
    hoursAgo: 2,
    cover: true,
    ringkasan: 'A & B <i>tidak</i> "dikutip"',
  });
  await addItem(w, f, { unitId: f.unitA.id, slug: 'berita-lengkap', judul: 'Berita lengkap', hoursAgo: 2.5, isi: fullBody, atribut: { foto: [galleryPhoto] } });
  // A regulation with its PDF (old enough to be only in the publikasi feed).
  pdfId = await addDokumen(w, f, {
    name: 'Perda 1 2026.pdf',
    mediaType: 'application/pdf',
    bytes: Buffer.alloc(2048, 0x20),
    entityId: randomUUID(),
    isPublic: true,
  });
  await addItem(w, f, {
    unitId: f.unitA.id,
    jenis: 'publikasi',
    slug: 'perda-1',
    judul: 'Perda Nomor 1',
    hoursAgo: 2000,
    atribut: { kategori: 'peraturan', dokumen: [pdfId] },
  });
  await addItem(w, f, {
    unitId: f.unitA.id,
    jenis: 'agenda',
    slug: 'rakor',
    judul: 'Rakor Kehumasan',
    hoursAgo: 3,
    atribut: { mulai: '2026-12-20T01:00:00Z', tempat: 'Aula' },
  });
  await addItem(w, f, { unitId: f.unitA.id, slug: 'naskah-draf', judul: 'Naskah draf rahasia', live: false });
  scheduled = await addItem(w, f, {
    unitId: f.unitA.id,
    slug: 'naskah-terjadwal',
    judul: 'Naskah terjadwal',
    live: false,
    status: 'dijadwalkan',
    scheduledAt: new Date(Date.now() + 3_600_000),
  });
  withdrawn = await addItem(w, f, { unitId: f.unitA.id, slug: 'naskah-ditarik', judul: 'Naskah ditarik', hoursAgo: 5 });
  await setLive(w, withdrawn, false);
  await addItem(w, f, { unitId: f.unitB.id, slug: 'kabar-b', judul: 'Kabar Badan B', hoursAgo: 4 });
});
afterAll(() => w.stop());

/** The full text of "Berita lengkap" as a feed carries it, read back from the XML. */
function expectFullText(html: string) {
  expect(html).toContain('<p>Tarif &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;biaya&quot; naik</p>');
  expect(html).toContain('<a href="https://jdih.ujiprov.go.id/cari?a=1&amp;b=2" rel="noopener noreferrer nofollow">Unduh di sini</a>');
  expect(html).toContain('<h2>Bagian kedua</h2>');
  expect(html).toContain(`<img src="http://ujiprov.go.id/media/${bodyPhoto}/1024.jpg" srcset="http://ujiprov.go.id/media/${bodyPhoto}/320.jpg 320w, `);
  expect(html).toContain('<figcaption>Foto &lt;b&gt;rapat&lt;/b&gt;</figcaption>');
  expect(html).toContain(`http://ujiprov.go.id/media/${galleryPhoto}/1600.webp 1600w`);
  expect(html).not.toMatch(/<script|="\/media\//);
}

describe('RSS 2.0', () => {
  it('carries the unit’s newest live items, at most the limit, with absolute links and RFC 822 dates', async () => {
    const { res, doc } = await xml('/dinas-a/rss.xml');
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('etag')).toBeTruthy();
    const channel = doc.rss.channel;
    expect(doc.rss['@version']).toBe('2.0');
    expect(channel.title).toBe('Terbitan terbaru Dinas Uji A');
    expect(channel.link).toBe('http://ujiprov.go.id/dinas-a');
    expect(channel.description).toBeTruthy();
    expect(channel.language).toBe('id');
    expect(channel['atom:link'][0]['@href']).toBe('http://ujiprov.go.id/dinas-a/rss.xml');
    expect(channel.lastBuildDate).toMatch(RFC822);
    const items = channel.item as Array<Record<string, unknown>>;
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items.map((i) => i.title).slice(0, 4)).toEqual([tricky, 'Berita lengkap', 'Rakor Kehumasan', 'Kabar 1']);
    for (const item of items) {
      expect(item.link).toMatch(/^http:\/\/ujiprov\.go\.id\/dinas-a\//);
      expect(item.pubDate).toMatch(RFC822);
      expect((item.guid as Record<string, string>)['#text']).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    }
    expect(items[0]!.link).toBe('http://ujiprov.go.id/dinas-a/berita/umum/rapat-koordinasi');
    expect(items[2]!.link).toBe('http://ujiprov.go.id/dinas-a/agenda/rakor');
    // Escaped in the file, read back exactly as written.
    expect(items[0]!.description).toBe('A & B <i>tidak</i> "dikutip"');
    expect(new Date(items[3]!.pubDate as string).getTime()).toBeLessThan(new Date(items[2]!.pubDate as string).getTime());
  });

  it('carries each item’s full text as content:encoded, rendered as on its page, with absolute addresses and no script', async () => {
    const { doc, body } = await xml('/dinas-a/rss.xml');
    expect(doc.rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    const items = doc.rss.channel.item as Array<Record<string, string>>;
    const full = items.find((i) => i.title === 'Berita lengkap')!['content:encoded']!;
    expectFullText(full);
    // In the file the HTML is escaped once more: a reader un-escapes it to the HTML above.
    expect(body).toContain('&lt;p&gt;Tarif &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; &amp;quot;biaya&amp;quot; naik&lt;/p&gt;');
    expect(body).not.toMatch(/<script/i);
    // The cover comes first, at an absolute address; every item has its body.
    const rapat = items.find((i) => i.title === tricky)!['content:encoded']!;
    expect(rapat).toMatch(/^<figure><picture><source type="image\/webp" srcset="http:\/\/ujiprov\.go\.id\/media\/[0-9a-f-]{36}\/320\.webp 320w, /);
    expect(rapat).toContain('<p>Isi Rapat &quot;Koordinasi&quot; &amp; &lt;Evaluasi&gt; Kehumasan.</p>');
    expect(items.every((i) => i['content:encoded'])).toBe(true);
  });

  it('never names a draft, a scheduled, a withdrawn item or another unit’s', async () => {
    const { body } = await xml('/dinas-a/rss.xml');
    for (const hidden of ['Naskah draf', 'Naskah terjadwal', 'Naskah ditarik', 'Kabar Badan B']) expect(body).not.toContain(hidden);
  });

  it('has one feed per kind and per bidang, and a 404 for one that does not exist', async () => {
    const agenda = (await xml('/dinas-a/agenda/rss.xml')).doc.rss.channel;
    expect(agenda.title).toBe('Agenda — Dinas Uji A');
    expect(agenda.link).toBe('http://ujiprov.go.id/dinas-a/kalender');
    expect(agenda.item.map((i: { title: string }) => i.title)).toEqual(['Rakor Kehumasan']);
    const teknis = (await xml('/dinas-a/berita/teknis/rss.xml')).doc.rss.channel;
    expect(teknis.title).toBe('Berita Bidang Teknis — Dinas Uji A');
    expect(teknis.link).toBe('http://ujiprov.go.id/dinas-a/berita/teknis');
    expect(teknis.item).toHaveLength(FEED_LIMIT);
    expect(teknis.item.every((i: { category: string }) => i.category === 'Bidang Teknis')).toBe(true);
    const pengumuman = (await xml('/dinas-a/pengumuman/rss.xml')).doc.rss.channel;
    expect(pengumuman.item).toBeUndefined();
    for (const missing of ['/dinas-a/berita/tidak-ada/rss.xml', '/dinas-a/tidak-ada/rss.xml', '/dinas-a/agenda/umum/rss.xml', '/tidak-ada/rss.xml']) {
      expect((await get(missing)).status, missing).toBe(404);
    }
  });

  it('follows a unit’s own host, whichever address the request came by', async () => {
    for (const [path, host] of [
      ['/rss.xml', 'badanb.ujiprov.go.id'],
      ['/badan-b/rss.xml', 'ujiprov.go.id'],
    ] as const) {
      const channel = (await xml(path, host)).doc.rss.channel;
      expect(channel.link).toBe('http://badanb.ujiprov.go.id/');
      expect(channel['atom:link'][0]['@href']).toBe('http://badanb.ujiprov.go.id/rss.xml');
      expect(channel.item[0].link).toBe('http://badanb.ujiprov.go.id/berita/lainnya/kabar-b');
    }
  });

  it('speaks English with ?lang=en and links the English pages', async () => {
    const channel = (await xml('/dinas-a/rss.xml?lang=en')).doc.rss.channel;
    expect(channel.language).toBe('en');
    expect(channel.title).toBe('Latest from Dinas Uji A');
    expect(channel.link).toBe('http://ujiprov.go.id/dinas-a?lang=en');
    expect(channel.item[0].link).toBe('http://ujiprov.go.id/dinas-a/berita/umum/rapat-koordinasi?lang=en');
  });

  it('carries a publication’s documents as absolute download links with their type and size', async () => {
    const [item] = (await xml('/dinas-a/publikasi/rss.xml')).doc.rss.channel.item;
    expect(item.title).toBe('Perda Nomor 1');
    expect(item['content:encoded']).toContain(
      `<a href="http://ujiprov.go.id/dinas-a/publikasi/peraturan/perda-1/berkas/${pdfId}" download="">Unduh Perda 1 2026.pdf</a> <small>(PDF, 2,0 KB)</small>`,
    );
    const en = (await xml('/dinas-a/publikasi/atom.xml?lang=en')).doc.feed.entry[0].content['#text'];
    expect(en).toContain(`href="http://ujiprov.go.id/dinas-a/publikasi/peraturan/perda-1/berkas/${pdfId}" download="">Download Perda 1 2026.pdf</a>`);
  });
});

describe('Atom', () => {
  it('has the required feed and entry elements with RFC 3339 dates', async () => {
    const { res, doc } = await xml('/dinas-a/berita/atom.xml');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Berita — Dinas Uji A');
    expect(feed.id).toBe('http://ujiprov.go.id/dinas-a/berita/atom.xml');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe('Dinas Uji A');
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['self', 'http://ujiprov.go.id/dinas-a/berita/atom.xml'],
      ['alternate', 'http://ujiprov.go.id/dinas-a/berita'],
    ]);
    expect(feed.entry).toHaveLength(FEED_LIMIT);
    const [first] = feed.entry;
    expect(first.title).toBe(tricky);
    expect(first.id).toMatch(/^urn:uuid:/);
    expect(first.link[0]['@href']).toBe('http://ujiprov.go.id/dinas-a/berita/umum/rapat-koordinasi');
    expect(first.published).toMatch(RFC3339);
    expect(first.updated).toMatch(RFC3339);
    expect(first.summary).toBe('A & B <i>tidak</i> "dikutip"');
    const full = feed.entry.find((e: { title: string }) => e.title === 'Berita lengkap').content;
    expect(full['@type']).toBe('html');
    expectFullText(full['#text']);
    expect(feed.entry.some((e: { title: string }) => e.title === 'Rakor Kehumasan')).toBe(false);
  });
});

describe('feed discovery', () => {
  it('every unit page names the unit’s feeds; a list page names its own too', async () => {
    const html = await (await get('/dinas-a/berita/teknis')).text();
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Terbitan terbaru Dinas Uji A (RSS)" href="http://ujiprov.go.id/dinas-a/rss.xml"/>',
    );
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Terbitan terbaru Dinas Uji A (Atom)" href="http://ujiprov.go.id/dinas-a/atom.xml"/>',
    );
    expect(html).toContain('href="http://ujiprov.go.id/dinas-a/berita/teknis/rss.xml"');
    const kalender = await (await get('/dinas-a/kalender')).text();
    expect(kalender).toContain('href="http://ujiprov.go.id/dinas-a/agenda/atom.xml"');
  });
});

describe('sitemaps', () => {
  const locs = (doc: { urlset: { url?: Array<{ loc: string }> } }) => (doc.urlset.url ?? []).map((u) => u.loc);

  it('the pemda’s index names its home and each path unit’s sitemaps, not a unit on its own host', async () => {
    const { doc, res } = await xml('/sitemap.xml');
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      'http://ujiprov.go.id/sitemap-beranda.xml',
      'http://ujiprov.go.id/dinas-a/sitemap.xml',
      'http://ujiprov.go.id/dinas-a/sitemap-news.xml',
    ]);
    expect(locs((await xml('/sitemap-beranda.xml')).doc)).toEqual(['http://ujiprov.go.id/']);
  });

  it('a unit’s sitemap lists its sections and every live item, nothing unpublished, and follows publishing', async () => {
    const first = locs((await xml('/dinas-a/sitemap.xml')).doc);
    expect(first).toContain('http://ujiprov.go.id/dinas-a');
    expect(first).toContain('http://ujiprov.go.id/dinas-a/berita/teknis');
    expect(first).toContain('http://ujiprov.go.id/dinas-a/kalender');
    expect(first).toContain('http://ujiprov.go.id/dinas-a/berita/teknis/kabar-25');
    expect(first).toContain('http://ujiprov.go.id/dinas-a/agenda/rakor');
    expect(first.filter((l) => /\/(berita\/[\w-]+|agenda)\/[\w-]+$/.test(l))).toHaveLength(28);
    for (const hidden of ['naskah-draf', 'naskah-terjadwal', 'naskah-ditarik', 'kabar-b']) expect(first.join(' ')).not.toContain(hidden);
    const { doc } = await xml('/dinas-a/sitemap.xml');
    const item = doc.urlset.url.find((u: { loc: string }) => u.loc.endsWith('/kabar-1'));
    expect(item.lastmod).toMatch(RFC3339);
    // Its last change: the later of its first publication and its live revision, read from the item itself.
    const [changed] = await w.services.db
      .select({ at: sql<string>`greatest(${kontenRevisi.createdAt}, ${konten.publishedAt})` })
      .from(konten)
      .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
      .where(and(eq(konten.unitId, f.unitA.id), eq(konten.slug, 'kabar-1')));
    expect(item.lastmod).toBe(new Date(changed!.at).toISOString());
    // The parts: each with its items in the same order, the same addresses and dates as the whole.
    const address = siteAddressOf(w.config.publicUrl, f.tenant, f.unitA, '/dinas-a');
    const whole = parser.parse((await unitSitemap(w.services.db, f.unitA, address, [], null))!).urlset.url;
    const parts: Array<{ loc: string; lastmod?: string }> = [];
    for (let n = 1; n <= Math.ceil(whole.length / 7); n++)
      parts.push(...parser.parse((await unitSitemap(w.services.db, f.unitA, address, [], n, 7))!).urlset.url);
    expect(parts).toEqual(whole);
    expect(whole.find((u: { loc: string }) => u.loc.endsWith('/kabar-1'))).toEqual(item);

    // Unpublished: gone. Scheduled, once it goes live: listed. Published again: back.
    await setLive(w, scheduled, true);
    await setLive(w, withdrawn, true);
    const after = locs((await xml('/dinas-a/sitemap.xml')).doc);
    expect(after).toContain('http://ujiprov.go.id/dinas-a/berita/lainnya/naskah-terjadwal');
    expect(after).toContain('http://ujiprov.go.id/dinas-a/berita/lainnya/naskah-ditarik');
    await setLive(w, withdrawn, false);
    await setLive(w, scheduled, false);
    const again = locs((await xml('/dinas-a/sitemap.xml')).doc);
    expect(again.join(' ')).not.toContain('naskah-ditarik');
    expect(again.join(' ')).not.toContain('naskah-terjadwal');
  });

  it('a unit on its own host has its sitemap there', async () => {
    const list = locs((await xml('/sitemap.xml', 'badanb.ujiprov.go.id')).doc);
    expect(list[0]).toBe('http://badanb.ujiprov.go.id/');
    expect(list).toContain('http://badanb.ujiprov.go.id/berita/lainnya/kabar-b');
    expect(list.every((l) => l.startsWith('http://badanb.ujiprov.go.id/'))).toBe(true);
  });

  it('the news sitemap lists berita of the last two days only, with Google News elements', async () => {
    const { doc } = await xml('/dinas-a/sitemap-news.xml');
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    // Only "Rapat" (2 h), "Berita lengkap" (2.5 h) and "Kabar 1" (30 h) are news of the last 48 hours; the agenda is no berita.
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      'http://ujiprov.go.id/dinas-a/berita/umum/rapat-koordinasi',
      'http://ujiprov.go.id/dinas-a/berita/lainnya/berita-lengkap',
      'http://ujiprov.go.id/dinas-a/berita/teknis/kabar-1',
    ]);
    const news = doc.urlset.url[0]['news:news'];
    expect(news['news:publication']).toEqual({ 'news:name': 'Dinas Uji A', 'news:language': 'id' });
    expect(news['news:publication_date']).toMatch(RFC3339);
    expect(news['news:title']).toBe(tricky);
  });

  it('a large unit gets an index of parts that together list every page once', async () => {
    const address = siteAddressOf(w.config.publicUrl, f.tenant, f.unitA, '/dinas-a');
    const db = w.services.db;
    const whole = parser.parse((await unitSitemap(db, f.unitA, address, [], null))!).urlset.url.map((u: { loc: string }) => u.loc);
    // Files of 10 URLs: the section pages and 28 items in parts of ten.
    const index = parser.parse((await unitSitemap(db, f.unitA, address, [], null, 10))!);
    const parts = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
    expect(parts).toHaveLength(Math.ceil(whole.length / 10));
    expect(parts[0]).toBe('http://ujiprov.go.id/dinas-a/sitemap-1.xml');
    const listed: string[] = [];
    for (let n = 1; n <= parts.length; n++) {
      const urls = parser.parse((await unitSitemap(db, f.unitA, address, [], n, 10))!).urlset.url.map((u: { loc: string }) => u.loc);
      expect(urls.length).toBeLessThanOrEqual(10);
      listed.push(...urls);
    }
    expect(listed).toEqual(whole);
    expect(await unitSitemap(db, f.unitA, address, [], parts.length + 1, 10)).toBeNull();
    // The pemda's index names these parts, not the unit's own index: an index may only name sitemaps.
    expect((await unitSitemapFiles(db, f.unitA, address, [], 10)).map((file) => `http://ujiprov.go.id/dinas-a/${file}`)).toEqual(parts);
    expect(await unitSitemapFiles(db, f.unitA, address, [])).toEqual(['sitemap.xml']);
  });

  it('answers 404 for a part that does not exist', async () => {
    expect((await get('/dinas-a/sitemap-2.xml')).status).toBe(404);
    expect((await get('/dinas-a/sitemap-1.xml')).status).toBe(200);
  });
});

describe('robots.txt', () => {
  it('on the pemda’s host keeps crawlers out of the admin, the API and search, and names the sitemap index', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('User-agent: *\n');
    for (const rule of ['Disallow: /admin/', 'Disallow: /api/', 'Disallow: /*/cari']) expect(text).toContain(rule);
    expect(text).toContain('Sitemap: http://ujiprov.go.id/sitemap.xml\n');
  });

  it('on a unit’s own host names that host’s sitemaps', async () => {
    const text = await (await get('/robots.txt', 'badanb.ujiprov.go.id')).text();
    expect(text).toContain('Sitemap: http://badanb.ujiprov.go.id/sitemap.xml\n');
    expect(text).toContain('Sitemap: http://badanb.ujiprov.go.id/sitemap-news.xml\n');
    // robots.txt belongs to a host's root: under a unit's path it is just a missing page.
    expect((await get('/dinas-a/robots.txt')).status).toBe(404);
  });
});
