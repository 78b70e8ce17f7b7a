import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import { bidang } from '../../org/schema.ts';
import { addItem } from '../feeds/test-items.ts';

vi.mock('../../konten/media-port.ts', async () => {
  const { fakeMedia } = await import('../feeds/test-items.ts');
  return { getMediaForRender: async (_db: unknown, ids: string[]) => fakeMedia(ids) };
});

let w: TestWarta;
let f: Fixture;
let coverId: string;
const judul = 'Rapat </script> "Koordinasi" & Evaluasi';

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const [umum] = await w.services.db.select().from(bidang).where(eq(bidang.unitId, f.unitA.id));
  await addItem(w, f, {
    unitId: f.unitA.id,
    slug: 'rapat',
    judul,
    bidangId: umum!.id,
    hoursAgo: 2,
    cover: true,
    ringkasan: 'Ringkasan rapat koordinasi kehumasan.',
  });
  await addItem(w, f, {
    unitId: f.unitA.id,
    jenis: 'agenda',
    slug: 'rakor',
    judul: 'Rakor Kehumasan',
    hoursAgo: 3,
    atribut: { mulai: '2026-12-20T01:00:00Z', selesai: '2026-12-20T05:00:00Z', tempat: 'Aula Utama' },
  });
  await addItem(w, f, { unitId: f.unitB.id, slug: 'kabar-b', judul: 'Kabar Badan B', hoursAgo: 4 });
  const html = await (await get('/dinas-a/berita/umum/rapat')).text();
  coverId = /\/media\/([\w-]+)\/1600\.jpg/.exec(html)![1]!;
});
afterAll(() => w.stop());

const get = (path: string, host = 'ujiprov.go.id') => w.app.request(path, { headers: { host } });
async function page(path: string, host?: string) {
  const res = await get(path, host);
  return { res, html: await res.text() };
}
const metaOf = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"/>`).exec(html)?.[1];
const linkOf = (html: string, rel: string, extra = '') => new RegExp(`<link rel="${rel}"${extra} href="([^"]*)"/>`).exec(html)?.[1];
const jsonLdOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));

describe('an item page’s head', () => {
  it('has canonical, hreflang alternates, OpenGraph and card tags with the cover as preview', async () => {
    const { html } = await page('/dinas-a/berita/umum/rapat');
    const url = 'http://ujiprov.go.id/dinas-a/berita/umum/rapat';
    expect(linkOf(html, 'canonical')).toBe(url);
    expect(linkOf(html, 'alternate', ' hreflang="id"')).toBe(url);
    expect(linkOf(html, 'alternate', ' hreflang="en"')).toBe(`${url}?lang=en`);
    expect(linkOf(html, 'alternate', ' hreflang="x-default"')).toBe(url);
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:url')).toBe(url);
    expect(metaOf(html, 'og:site_name')).toBe('Dinas Uji A');
    expect(metaOf(html, 'og:locale')).toBe('id_ID');
    expect(metaOf(html, 'og:description')).toBe('Ringkasan rapat koordinasi kehumasan.');
    expect(metaOf(html, 'description')).toBe('Ringkasan rapat koordinasi kehumasan.');
    expect(metaOf(html, 'og:image')).toBe(`http://ujiprov.go.id/media/${coverId}/1600.jpg`);
    expect(metaOf(html, 'og:image:width')).toBe('1600');
    expect(metaOf(html, 'og:image:height')).toBe('1000');
    expect(metaOf(html, 'og:image:alt')).toBe('Peserta rapat di aula');
    expect(metaOf(html, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaOf(html, 'twitter:image')).toBe(`http://ujiprov.go.id/media/${coverId}/1600.jpg`);
    expect(html).toContain('href="http://ujiprov.go.id/dinas-a/berita/rss.xml"');
  });

  it('carries a NewsArticle that parses back, with absolute addresses, and cannot close its script element', async () => {
    const { html } = await page('/dinas-a/berita/umum/rapat');
    expect(html).not.toContain('</script> "Koordinasi');
    const [article] = jsonLdOf(html);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: judul,
      url: 'http://ujiprov.go.id/dinas-a/berita/umum/rapat',
      mainEntityOfPage: 'http://ujiprov.go.id/dinas-a/berita/umum/rapat',
      inLanguage: 'id',
      image: [{ '@type': 'ImageObject', url: `http://ujiprov.go.id/media/${coverId}/1600.jpg`, width: 1600, height: 1000 }],
      publisher: { '@type': 'GovernmentOrganization', name: 'Dinas Uji A', url: 'http://ujiprov.go.id/dinas-a' },
    });
    expect(new Date(article.datePublished).getTime()).toBeGreaterThan(Date.now() - 3 * 3_600_000);
  });

  it('in English names the English page as canonical and the Indonesian one as alternate', async () => {
    const { html } = await page('/dinas-a/berita/umum/rapat?lang=en');
    const url = 'http://ujiprov.go.id/dinas-a/berita/umum/rapat';
    expect(linkOf(html, 'canonical')).toBe(`${url}?lang=en`);
    expect(linkOf(html, 'alternate', ' hreflang="id"')).toBe(url);
    expect(metaOf(html, 'og:locale')).toBe('en_US');
    expect(jsonLdOf(html)[0].url).toBe(`${url}?lang=en`);
  });

  it('an agenda item is an Event at its place and time', async () => {
    const { html } = await page('/dinas-a/agenda/rakor');
    expect(jsonLdOf(html)).toEqual([
      expect.objectContaining({
        '@type': 'Event',
        name: 'Rakor Kehumasan',
        url: 'http://ujiprov.go.id/dinas-a/agenda/rakor',
        startDate: '2026-12-20T01:00:00Z',
        endDate: '2026-12-20T05:00:00Z',
        location: { '@type': 'Place', name: 'Aula Utama', address: 'Aula Utama' },
        organizer: { '@type': 'GovernmentOrganization', name: 'Dinas Uji A', url: 'http://ujiprov.go.id/dinas-a' },
      }),
    ]);
    expect(metaOf(html, 'twitter:card')).toBe('summary');
  });
});

describe('home pages', () => {
  it('a unit’s home is a GovernmentOrganization under its pemda', async () => {
    const { html } = await page('/dinas-a');
    expect(linkOf(html, 'canonical')).toBe('http://ujiprov.go.id/dinas-a');
    expect(metaOf(html, 'og:type')).toBe('website');
    expect(jsonLdOf(html)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: 'Dinas Uji A',
        url: 'http://ujiprov.go.id/dinas-a',
        parentOrganization: { '@type': 'GovernmentOrganization', name: 'Pemerintah Provinsi Uji', url: 'http://ujiprov.go.id/' },
      },
    ]);
  });

  it('the pemda root is a GovernmentOrganization', async () => {
    const { html } = await page('/');
    expect(linkOf(html, 'canonical')).toBe('http://ujiprov.go.id/');
    expect(jsonLdOf(html)).toEqual([
      { '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: 'Pemerintah Provinsi Uji', url: 'http://ujiprov.go.id/' },
    ]);
  });

  it('a unit on its own host is canonical there, also when reached by path', async () => {
    for (const [path, host] of [
      ['/berita/lainnya/kabar-b', 'badanb.ujiprov.go.id'],
      ['/badan-b/berita/lainnya/kabar-b', 'ujiprov.go.id'],
    ] as const) {
      const { html } = await page(path, host);
      expect(linkOf(html, 'canonical'), path).toBe('http://badanb.ujiprov.go.id/berita/lainnya/kabar-b');
      expect(html).toContain('href="http://badanb.ujiprov.go.id/rss.xml"');
    }
    const home = await page('/', 'badanb.ujiprov.go.id');
    expect(linkOf(home.html, 'canonical')).toBe('http://badanb.ujiprov.go.id/');
    expect(jsonLdOf(home.html)[0].parentOrganization).toEqual({ '@type': 'GovernmentOrganization', name: 'Pemerintah Provinsi Uji' });
  });

  it('a list’s later page is canonical to itself', async () => {
    const { html } = await page('/dinas-a/berita?halaman=1');
    expect(linkOf(html, 'canonical')).toBe('http://ujiprov.go.id/dinas-a/berita');
  });
});

describe('the 404 page', () => {
  it.each(['id', 'en'] as const)('helps in %s: asked path, search, sections, in the frame, status 404, not indexed', async (lang) => {
    const { res, html } = await page(`/dinas-a/beritaa/lama${lang === 'en' ? '?lang=en' : ''}`);
    expect(res.status).toBe(404);
    expect(html).toContain('<code>/dinas-a/beritaa/lama</code>');
    expect(html).toContain('<form class="search" method="get" action="/dinas-a/cari">');
    expect(html).toContain('<input id="q-404" name="q" type="search"/>');
    expect(html).toContain(lang === 'en' ? 'href="/dinas-a/berita?lang=en">News</a>' : 'href="/dinas-a/berita">Berita</a>');
    expect(html).toContain('<nav class="menu"');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain('rel="canonical"');
    if (lang === 'en') expect(html).toContain('<input type="hidden" name="lang" value="en"/>');
  });

  it('on the pemda site shows the asked path and the way home', async () => {
    const { res, html } = await page('/tidak/ada');
    expect(res.status).toBe(404);
    expect(html).toContain('<code>/tidak/ada</code>');
    // The way on is the header's site search over every unit; the 404 adds no second form of its own.
    expect(html.match(/<form /g)).toHaveLength(1);
    expect(html).toContain('role="search" aria-label="Pencarian situs" action="/cari"');
  });
});

describe('page budget with the head filled', () => {
  it.each(['/dinas-a/berita/umum/rapat', '/dinas-a/agenda/rakor', '/dinas-a', '/', '/dinas-a/tidak-ada', '/dinas-a/berita/umum/rapat?lang=en'])(
    '%s stays within 30 KB with its stylesheet',
    async (path) => {
      const { html } = await page(path);
      const href = html.match(/href="(\/assets\/site\.css\?v=[^"]+)"/)![1]!;
      const css = await (await get(href)).text();
      expect(Buffer.byteLength(html) + Buffer.byteLength(css)).toBeLessThanOrEqual(30 * 1024);
    },
  );
});
