import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { bidang, units } from '../org/schema.ts';
import { sitePages } from './schema.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const db = w.services.db;
  await db
    .update(units)
    .set({ address: 'Jl. Contoh No. 1, Kota Uji', phone: '(0380) 123-456', email: 'humas@dinas-a.uji.test' })
    .where(eq(units.id, f.unitA.id));
  await db.insert(bidang).values({ unitId: f.unitA.id, slug: 'teknis', name: 'Bidang Teknis', sortOrder: 2 });
  await db.insert(sitePages).values({
    unitId: f.unitA.id,
    slug: 'visi-misi-tupoksi',
    title: 'Visi dan Misi',
    body: '## Visi\n\nMelayani <script>alert(1)</script> dengan **prima**.\n\n- [Peraturan](https://jdih.uji.test/perda) dan [jahat](javascript:alert(1))',
  });
});
afterAll(() => w.stop());

const get = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers: { host: 'ujiprov.go.id', ...headers } });

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers);
  return { res, html: await res.text() };
}

const unitPaths = [
  '/dinas-a',
  '/dinas-a/profil',
  '/dinas-a/profil/sejarah',
  '/dinas-a/profil/visi-misi-tupoksi',
  '/dinas-a/profil/akreditasi',
  '/dinas-a/profil/struktur-organisasi',
  '/dinas-a/profil/sdm',
  '/dinas-a/profil/fasilitas',
  '/dinas-a/berita',
  '/dinas-a/berita/umum',
  '/dinas-a/berita/teknis',
  '/dinas-a/publikasi',
  '/dinas-a/publikasi/materi',
  '/dinas-a/publikasi/peraturan',
  '/dinas-a/publikasi/proyek-perubahan',
  '/dinas-a/kalender',
  '/dinas-a/artikel',
  // Not /dinas-a/kontak: its form carries a per-visitor signed token, so it is sent no-store
  // (kontak/public-form.test.ts checks that page).
  '/dinas-a/ppid',
];

/** Every src/href value of a page. */
const urlsOf = (html: string) => [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);

describe('every public page', () => {
  it.each(['/', ...unitPaths])('%s is an accessible, light, script-free page', async (path) => {
    const { res, html } = await page(path);
    // Kontak carries its form's time token (kontak/form-token.ts): served fresh to every visitor, never cached.
    const cached = path !== '/dinas-a/kontak';
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')?.toLowerCase()).toBe('text/html; charset=utf-8');
    expect(html.startsWith('<!doctype html><html lang="id">')).toBe(true);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<a class="skip" href="#isi">Langsung ke isi halaman</a>');
    for (const landmark of ['<header', '<nav class="menu" aria-label="Menu utama"', '<main id="isi"', '<footer']) expect(html).toContain(landmark);
    expect(html).toContain('aria-current="page"');
    // The header's search box goes to this site's search page: the unit's, or the pemda's across units.
    expect(html).toContain(`<form class="search site-search" role="search" aria-label="Pencarian situs" action="${path === '/' ? '/cari' : '/dinas-a/cari'}">`);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|\sstyle=|\son\w+=/i);
    const css = await (await get(urlsOf(html).find((u) => u.startsWith('/assets/site.css'))!)).text();
    expect(Buffer.byteLength(html) + Buffer.byteLength(css)).toBeLessThanOrEqual(30 * 1024);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'self'/);
    expect(res.headers.get('cache-control')).toBe(cached ? 'public, max-age=60' : 'no-store');
    if (cached) expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    // Only this origin: relative addresses, mail and phone links (and links editors wrote in a body).
    const foreign = urlsOf(html).filter((u) => !/^(\/(?!\/)|#|\?|mailto:|tel:|data:,$|http:\/\/ujiprov\.go\.id\/)/.test(u));
    expect(foreign.filter((u) => u !== 'https://jdih.uji.test/perda')).toEqual([]);
  });
});

describe('header search box', () => {
  const formOf = (html: string) => /<form class="search site-search"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';

  it('is a labelled GET form in the header of a unit page that keeps the language', async () => {
    const id = formOf((await page('/dinas-a/berita')).html);
    expect(id).toBe(
      '<form class="search site-search" role="search" aria-label="Pencarian situs" action="/dinas-a/cari"><label class="vh" for="cari-situs">Cari di situs ini</label><span><input id="cari-situs" name="q" type="search"/><button type="submit">Cari</button></span></form>',
    );
    const en = formOf((await page('/dinas-a/berita?lang=en')).html);
    expect(en).toContain('aria-label="Site search"');
    expect(en).toContain('<label class="vh" for="cari-situs">Search this site</label>');
    expect(en).toContain('<input type="hidden" name="lang" value="en"/><button type="submit">Search</button>');
    const header = (await page('/dinas-a/berita')).html.split('</header>')[0]!;
    expect(header).toContain('role="search"');
  });

  it('on a unit’s own host searches that host, and on the pemda home searches every unit', async () => {
    const own = (await page('/', { host: 'badanb.ujiprov.go.id' })).html;
    expect(own).toContain('<h1>Badan Uji B</h1>');
    expect(formOf(own)).toContain('action="/cari">');
    expect(formOf((await page('/')).html)).toContain('action="/cari">');
  });

  it('submitted as a browser sends it, answers with the search page for those words', async () => {
    // The fields a browser sends from the box (q, and lang on an English page) are what the search page reads.
    for (const path of ['/dinas-a/cari?q=anggaran', '/dinas-a/cari?q=anggaran&lang=en', '/cari?q=anggaran']) {
      const { res, html } = await page(path);
      expect(res.status, path).toBe(200);
      expect(html, path).toContain('<input id="q" name="q" type="search" value="anggaran"');
    }
  });
});

describe('pemda home', () => {
  it('lists the units grouped by kind, each linking to its site', async () => {
    const { html } = await page('/');
    expect(html).toContain('<h1>Pemerintah Provinsi Uji</h1>');
    expect(html).toMatch(/<h3 id="jenis-dinas">Dinas<\/h3><ul class="links"><li><a href="\/dinas-a">Dinas Uji A<\/a>/);
    expect(html).toMatch(/<h3 id="jenis-badan">Badan<\/h3><ul class="links"><li><a href="\/badan-b">Badan Uji B<\/a>/);
  });
});

describe('unit site', () => {
  it('shows the menu of seed 000 with Beranda marked current', async () => {
    const { html } = await page('/dinas-a');
    for (const [href, label] of [
      ['/dinas-a', 'Beranda'],
      ['/dinas-a/profil', 'Profil'],
      ['/dinas-a/berita', 'Berita'],
      ['/dinas-a/publikasi', 'Publikasi'],
      ['/dinas-a/kalender', 'Kalender'],
      ['/dinas-a/artikel', 'Artikel'],
      ['/dinas-a/kontak', 'Kontak'],
      ['/dinas-a/ppid', 'PPID'],
    ]) {
      expect(html).toContain(`<a href="${href}"${href === '/dinas-a' ? ' aria-current="page"' : ''}>${label}</a>`);
    }
    expect(html).toContain('<h1>Dinas Uji A</h1>');
    expect(html).toContain('Belum ada berita yang diterbitkan.');
  });

  it('shows the profile sub-menu, breadcrumbs and an honest empty state for an unwritten page', async () => {
    const { html } = await page('/dinas-a/profil/sejarah');
    expect(html).toContain('<a href="/dinas-a/profil" aria-current="true">Profil</a>');
    expect(html).toContain('<a href="/dinas-a/profil/sejarah" aria-current="page">Sejarah</a>');
    expect(html).toContain('<a href="/dinas-a/profil/struktur-organisasi">Struktur Organisasi</a>');
    expect(html).toMatch(
      /<nav class="crumbs" aria-label="Jejak halaman"><ol><li><a href="\/">Pemerintah Provinsi Uji<\/a><\/li><li><a href="\/dinas-a">Dinas Uji A<\/a><\/li><li><a href="\/dinas-a\/profil">Profil<\/a><\/li><li><span aria-current="page">Sejarah<\/span><\/li><\/ol><\/nav>/,
    );
    expect(html).toContain('<p class="empty">Halaman ini belum diisi.</p>');
  });

  it('renders an edited page safely, with its own title and the date it was updated', async () => {
    const { html } = await page('/dinas-a/profil/visi-misi-tupoksi');
    expect(html).toContain('<h1>Visi dan Misi</h1>');
    expect(html).toContain('<h2>Visi</h2><p>Melayani &lt;script&gt;alert(1)&lt;/script&gt; dengan <strong>prima</strong>.</p>');
    // The parenthesised javascript: target is not a link at all; it stays visible as plain text.
    expect(html).toContain('<li><a href="https://jdih.uji.test/perda">Peraturan</a> dan [jahat](javascript:alert(1))</li>');
    expect(html).not.toContain('href="javascript');
    expect(html).toMatch(/Diperbarui \d{1,2} \w+ \d{4}/);
  });

  it('files news by bidang', async () => {
    const { html } = await page('/dinas-a/berita/teknis');
    expect(html).toContain('<a href="/dinas-a/berita/umum">Umum</a>');
    expect(html).toContain('<a href="/dinas-a/berita/teknis" aria-current="page">Bidang Teknis</a>');
    expect(html).toContain('Belum ada berita dari Bidang Teknis yang diterbitkan.');
  });

  it('lists Publikasi sub-pages with empty states', async () => {
    const { html } = await page('/dinas-a/publikasi/proyek-perubahan');
    expect(html).toContain('<a href="/dinas-a/publikasi/materi">Materi</a>');
    expect(html).toContain('<a href="/dinas-a/publikasi/peraturan">Peraturan</a>');
    expect(html).toContain('Belum ada proyek perubahan yang diterbitkan.');
  });

  it('shows the unit contact details with a mailto link', async () => {
    const { html } = await page('/dinas-a/kontak');
    expect(html).toContain('<dd>Jl. Contoh No. 1, Kota Uji</dd>');
    expect(html).toContain('<a href="tel:0380123456">(0380) 123-456</a>');
    expect(html).toContain('<a href="mailto:humas@dinas-a.uji.test">humas@dinas-a.uji.test</a>');
  });

  it('says honestly when a unit has no contact details', async () => {
    const { html } = await page('/badan-b/kontak');
    expect(html).toContain('Alamat, telepon, dan e-mail unit ini belum dicantumkan.');
  });

  it('switches the chrome to English with ?lang=en and keeps it in links', async () => {
    const { html } = await page('/dinas-a/kalender?lang=en');
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<a href="/dinas-a/kalender?lang=en" aria-current="page">Calendar</a>');
    expect(html).toContain('<a href="/dinas-a/berita?lang=en">News</a>');
    expect(html).toContain('No events are scheduled soon.');
    expect(html).toContain('<a href="/dinas-a/kalender" lang="id" hreflang="id">Bahasa Indonesia</a>');
  });
});

describe('not found', () => {
  it.each([
    '/tidak-ada',
    '/dinas-a/tidak-ada',
    '/dinas-a/profil/rahasia',
    '/dinas-a/berita/tidak-ada',
    '/dinas-a/kontak/lebih',
    '/dinas-a/publikasi/x',
    '/dinas-a/beranda',
    '/dinas-a/profil/sejarah/x',
  ])('%s is a 404 HTML page', async (path) => {
    const { res, html } = await page(path);
    expect(res.status).toBe(404);
    expect(html.startsWith('<!doctype html><html lang="id">')).toBe(true);
    expect(html).toContain('<h1>Halaman tidak ditemukan</h1>');
    expect(html).not.toContain('<script');
  });

  it('keeps the unit frame on a unit 404 and cannot be turned into a link to another host', async () => {
    const { html } = await page('//evil.example/x');
    expect(html).toContain('<a href="/evil.example/x?lang=en"');
    expect(urlsOf(html).some((u) => u.startsWith('//'))).toBe(false);
    const unit = await page('/dinas-a/nope');
    expect(unit.html).toContain('<a href="/dinas-a/kontak">Kontak</a>');
  });

  it('leaves unmatched API paths to the API', async () => {
    const res = await get('/api/tidak-ada');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<!doctype html>');
  });
});

describe('host mapping', () => {
  const host = { host: 'badanb.ujiprov.go.id' };

  it('serves the unit home at / on its own host, with unprefixed links', async () => {
    const { res, html } = await page('/', host);
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Badan Uji B</h1>');
    expect(html).toContain('<a href="/" aria-current="page">Beranda</a>');
    expect(html).toContain('<a href="/profil">Profil</a>');
    expect(html).not.toContain('href="/badan-b');
  });

  it('serves unit pages without the slug prefix, and 404s the prefixed form', async () => {
    const { res, html } = await page('/profil/sejarah', host);
    expect(res.status).toBe(200);
    expect(html).toMatch(/<ol><li><a href="\/">Badan Uji B<\/a><\/li><li><a href="\/profil">Profil<\/a><\/li>/);
    expect((await get('/badan-b', host)).status).toBe(404);
  });

  it('still serves the unit under the pemda host by slug', async () => {
    const { res, html } = await page('/badan-b');
    expect(res.status).toBe(200);
    expect(html).toContain('<a href="/badan-b/profil">Profil</a>');
  });
});

describe('caching', () => {
  it('answers 304 to a matching If-None-Match and a full page otherwise', async () => {
    const first = await get('/dinas-a/profil');
    const etag = first.headers.get('etag')!;
    const again = await get('/dinas-a/profil', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get('/dinas-a/profil', { 'if-none-match': `W/${etag}, "lain"` })).status).toBe(304);
    expect((await get('/dinas-a/profil', { 'if-none-match': '"lain"' })).status).toBe(200);
  });

  it('changes the ETag when the page changes', async () => {
    const before = (await get('/dinas-a/profil/fasilitas')).headers.get('etag');
    await w.services.db.insert(sitePages).values({ unitId: f.unitA.id, slug: 'fasilitas', title: 'Fasilitas', body: 'Aula 200 kursi' });
    const after = await get('/dinas-a/profil/fasilitas', { 'if-none-match': before! });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Aula 200 kursi');
  });

  it('serves the stylesheet with a content-hash URL, a year-long cache and 304', async () => {
    const { html } = await page('/');
    const href = urlsOf(html).find((u) => u.startsWith('/assets/site.css?v='))!;
    const css = await get(href);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(href, { 'if-none-match': css.headers.get('etag')! })).status).toBe(304);
    expect(await css.text()).toContain(':focus-visible');
  });
});
