import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { bidang } from '../org/schema.ts';
import type { GambarRender } from './render-isi.ts';
import { type DokumenIsi, konten, kontenRevisi } from './schema.ts';
import { syncKontenDaftar } from './sync-daftar.ts';
import type { Atribut, JenisKonten, StatusKonten } from './terms.ts';

// Every photo id a page asks for exists, with four widths in two formats — the heaviest a page can be.
vi.mock('./media-port.ts', () => ({
  getMediaForRender: async (_db: unknown, ids: string[]) =>
    new Map<string, GambarRender>(
      ids.map((id) => {
        const set = (ext: string) => [320, 640, 1024, 1600].map((w) => `/media/${id}/${w}.${ext} ${w}w`).join(', ');
        return [
          id,
          {
            alt: `Foto kegiatan ${id.slice(0, 4)}: peserta pelatihan berdiskusi dalam kelompok kecil di ruang kelas`,
            width: 1600,
            height: 1067,
            src: `/media/${id}/1024.jpg`,
            srcsetWebp: set('webp'),
            srcsetJpeg: set('jpg'),
            credit: 'Tim Humas',
          },
        ];
      }),
    ),
}));

let w: TestWarta;
let f: Fixture;
let teknisId: string;
let umumId: string;
const DAY = 86_400_000;
const now = Date.now();

const pelatihan = (i: number) => `Pelatihan ${String(i).padStart(2, '0')}: Pelatihan Dasar Kepemimpinan Pengawas Angkatan ${i} Resmi Dibuka`;
const doc = (...paras: string[]): DokumenIsi => ({ type: 'doc', content: paras.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

type Item = {
  unitId?: string;
  jenis?: JenisKonten;
  slug: string;
  judul: string;
  status?: StatusKonten;
  bidangId?: string | null;
  live?: boolean;
  daysAgo?: number;
  penulisPersonId?: string;
  /** A later revision (an edit under review) on top of the live one. */
  draft?: { judul: string; isi: string; bidangId?: string };
  atribut?: Atribut;
  cover?: boolean;
  tags?: string[];
};

/** Writes an item the way the workflow leaves it: revisions, and liveRevisionId only when published. */
async function addItem(it: Item): Promise<string> {
  const db = w.services.db;
  const id = randomUUID();
  const unitId = it.unitId ?? f.unitA.id;
  const bidangId = it.bidangId === undefined ? umumId : it.bidangId;
  const penulisPersonId = it.penulisPersonId ?? null;
  const publishedAt = it.live === false ? null : new Date(now - (it.daysAgo ?? 1) * DAY);
  await db.insert(konten).values({
    id,
    tenantId: f.tenant.id,
    unitId,
    jenis: it.jenis ?? 'berita',
    slug: it.slug,
    status: it.status ?? 'terbit',
    // The row follows the revision being worked on (the draft's bidang, if it moved).
    bidangId: it.draft?.bidangId ?? bidangId,
    penulisPersonId,
    createdBy: f.writerA.id,
    publishedAt,
  });
  const cover = it.cover ? randomUUID() : null;
  const [first] = await db
    .insert(kontenRevisi)
    .values({
      kontenId: id,
      nomor: 1,
      judul: it.judul,
      // A summary longer than a list shows (the list cuts it), so the page budget is tested at its worst.
      ringkasan: `Ringkasan ${it.judul}. ${'Kegiatan ini diikuti aparatur dari seluruh perangkat daerah dan dibuka secara resmi oleh pimpinan. '.repeat(3)}`,
      isi: doc(`Isi terbit ${it.judul}.`),
      atribut: it.atribut ?? {},
      coverMediaId: cover,
      bidangId,
      penulisPersonId,
      tags: it.tags ?? [],
      mediaIds: cover ? [cover] : [],
      hash: `h-${id}-1`,
      authorLabel: 'Penulis Uji',
      createdAt: publishedAt ?? new Date(),
    })
    .returning();
  let current = first!.id;
  if (it.draft) {
    const [second] = await db
      .insert(kontenRevisi)
      .values({
        kontenId: id,
        nomor: 2,
        judul: it.draft.judul,
        isi: doc(it.draft.isi),
        bidangId: it.draft.bidangId ?? bidangId,
        penulisPersonId,
        hash: `h-${id}-2`,
        authorLabel: 'Penulis Uji',
      })
      .returning();
    current = second!.id;
  }
  const live = it.live !== false;
  await db
    .update(konten)
    .set({ currentRevisionId: current, liveRevisionId: live ? first!.id : null, approvedRevisionId: live ? first!.id : null })
    .where(eq(konten.id, id));
  await syncKontenDaftar(db, [id]);
  return id;
}

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const db = w.services.db;
  const [teknis] = await db.insert(bidang).values({ unitId: f.unitA.id, slug: 'teknis', name: 'Bidang Teknis', sortOrder: 2 }).returning();
  teknisId = teknis!.id;
  const [umum] = await db.select().from(bidang).where(eq(bidang.unitId, f.unitA.id));
  umumId = umum!.id;
  // 22 live news of Bidang Teknis, one a day: "Pelatihan 01" is the newest; titles of a realistic length.
  for (let i = 1; i <= 22; i++) {
    await addItem({ slug: `pelatihan-${i}`, judul: pelatihan(i), bidangId: teknisId, daysAgo: i + 1, cover: true });
  }
  await addItem({ slug: 'rapat-umum', judul: 'Rapat Umum Pegawai', daysAgo: 0.5, cover: true, tags: ['rapat', 'pegawai'] });
  await addItem({
    slug: 'diedit',
    judul: 'Judul yang terbit',
    daysAgo: 30,
    status: 'ditinjau',
    // The edit also files it under another bidang: the site keeps it where the live revision put it.
    draft: { judul: 'Judul draf yang belum disetujui', isi: 'Kalimat draf rahasia.', bidangId: teknisId },
  });
  await addItem({ slug: 'draf-saja', judul: 'Naskah draf', status: 'draf', live: false });
  await addItem({ slug: 'terjadwal', judul: 'Naskah terjadwal', status: 'dijadwalkan', live: false });
  await addItem({ slug: 'ditarik', judul: 'Naskah ditarik', status: 'ditarik', live: false, daysAgo: 40 });
  await addItem({ slug: 'menunggu', judul: 'Naskah menunggu kepala', status: 'menunggu_persetujuan', live: false });
  await addItem({ unitId: f.unitB.id, slug: 'rapat-umum', judul: 'Berita unit lain', bidangId: null });
  await addItem({ jenis: 'artikel', slug: 'menulis-ringkas', judul: 'Menulis Ringkas untuk Publik', bidangId: null, penulisPersonId: f.headA.person.id });
  await addItem({ jenis: 'artikel', slug: 'artikel-draf', judul: 'Artikel draf', bidangId: null, status: 'diajukan', live: false });
  await addItem({
    jenis: 'agenda',
    slug: 'rakor',
    judul: 'Rapat Koordinasi Kehumasan',
    bidangId: null,
    atribut: { mulai: '2026-12-20T01:00:00Z', selesai: '2026-12-20T05:00:00Z', tempat: 'Aula Utama' },
  });
  await addItem({ jenis: 'publikasi', slug: 'perda-7', judul: 'Perda Nomor 7', bidangId: null, atribut: { kategori: 'peraturan' } });
});
afterAll(() => w.stop());

const get = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers: { host: 'ujiprov.go.id', ...headers } });
async function page(path: string, headers: Record<string, string> = {}) {
  const res = await get(path, headers);
  return { res, html: await res.text() };
}
const titlesIn = (html: string) => [...html.matchAll(/<h[23]><a href="[^"]+">([^<]+)<\/a><\/h[23]>/g)].map((m) => m[1]);

describe('news list', () => {
  it('lists live news only, newest first, 20 a page, each linked under its bidang', async () => {
    const { res, html } = await page('/dinas-a/berita');
    expect(res.status).toBe(200);
    const titles = titlesIn(html);
    expect(titles).toHaveLength(20);
    expect(titles.slice(0, 3)).toEqual(['Rapat Umum Pegawai', pelatihan(1), pelatihan(2)]);
    expect(html).toContain('<a href="/dinas-a/berita/umum/rapat-umum">Rapat Umum Pegawai</a>');
    expect(html).toContain(`<a href="/dinas-a/berita/teknis/pelatihan-1">${pelatihan(1)}</a>`);
    for (const hidden of ['Naskah draf', 'Naskah terjadwal', 'Naskah ditarik', 'Naskah menunggu kepala', 'Berita unit lain', 'Judul draf']) {
      expect(html).not.toContain(hidden);
    }
    expect(html).toMatch(
      /<time datetime="[^"]+">\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}<\/time> · Bidang Teknis/,
    );
  });

  it('pages the rest with plain links and answers 404 past the end', async () => {
    const first = await page('/dinas-a/berita');
    expect(first.html).toContain('<a href="/dinas-a/berita?halaman=2" rel="next">');
    const { html } = await page('/dinas-a/berita?halaman=2');
    // 22 + "Rapat Umum" + the edited one = 24 live news: four on page 2, the oldest last.
    expect(titlesIn(html)).toEqual([pelatihan(20), pelatihan(21), pelatihan(22), 'Judul yang terbit']);
    expect(html).toContain('rel="prev"');
    // The page numbers come from the counts kept at publication: two pages, the second the last.
    expect(first.html).toContain('Halaman 1 dari 2');
    expect(html).toContain('Halaman 2 dari 2');
    expect(html).not.toContain('rel="next"');
    expect((await get('/dinas-a/berita?halaman=3')).status).toBe(404);
    expect((await get('/dinas-a/berita?halaman=nol')).status).toBe(404);
  });

  it('filters by bidang and marks the bidang current', async () => {
    const { html } = await page('/dinas-a/berita/umum');
    expect(titlesIn(html)).toEqual(['Rapat Umum Pegawai', 'Judul yang terbit']);
    expect(html).toContain('<a href="/dinas-a/berita/umum" aria-current="page">Umum</a>');
    const teknis = await page('/dinas-a/berita/teknis?halaman=2');
    expect(titlesIn(teknis.html)).toEqual([pelatihan(21), pelatihan(22)]);
    expect(teknis.html).toContain('<a href="/dinas-a/berita/teknis" rel="prev">');
  });

  it('shows photos with width, height, srcset and lazy loading, thumbnails without the widest copies', async () => {
    const { html } = await page('/dinas-a/berita');
    const [first, img] = html.match(/<img [^>]+>/g)!;
    // The first item's photo is on the first screen: only the ones below wait until scrolled near.
    expect(first).not.toContain('loading=');
    expect(img).toMatch(/width="1600" height="1067"/);
    expect(img).toContain('loading="lazy"');
    expect(img).toMatch(/alt="Foto kegiatan \w{4}: peserta/);
    expect(img).toMatch(/src="\/media\/[\w-]+\/320\.jpg"/);
    const source = html.match(/<source [^>]+>/)![0];
    expect(source).toMatch(/srcset="\/media\/[\w-]+\/320\.webp 320w, \/media\/[\w-]+\/640\.webp 640w"/);
    expect(source).toContain('sizes="(max-width: 40rem) 100vw, 14rem"');
  });
});

describe('news item', () => {
  it('shows the live revision: title, date the Indonesian way, bidang, cover loaded at once, body, tags', async () => {
    const { res, html } = await page('/dinas-a/berita/umum/rapat-umum');
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Rapat Umum Pegawai</h1>');
    expect(html).toMatch(/Terbit \d{1,2} \w+ \d{4}<\/time> · <a href="\/dinas-a\/berita\/umum">Umum<\/a>/);
    expect(html).toContain('<p>Isi terbit Rapat Umum Pegawai.</p>');
    expect(html).toContain('fetchpriority="high"');
    expect(html).toContain('<li>rapat</li><li>pegawai</li>');
    expect(html).toMatch(/<li><a href="\/dinas-a\/berita\/umum">Umum<\/a><\/li><li><span aria-current="page">Rapat Umum Pegawai<\/span>/);
  });

  it('keeps the published text up while an edit waits for review', async () => {
    const { res, html } = await page('/dinas-a/berita/umum/diedit');
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Judul yang terbit</h1>');
    expect(html).toContain('Isi terbit Judul yang terbit.');
    expect(html).not.toContain('draf');
  });

  it.each([
    '/dinas-a/berita/umum/draf-saja',
    '/dinas-a/berita/umum/terjadwal',
    '/dinas-a/berita/umum/ditarik',
    '/dinas-a/berita/umum/menunggu',
    '/dinas-a/berita/teknis/rapat-umum',
    '/dinas-a/berita/umum/tidak-ada',
    '/dinas-a/berita/umum/rapat-umum/lebih',
    '/dinas-a/artikel/artikel-draf',
    '/dinas-a/artikel/rapat-umum',
    '/badan-b/berita/lainnya/diedit',
    '/dinas-a/berita/teknis/diedit',
  ])('%s is the helpful 404 page', async (path) => {
    const { res, html } = await page(path);
    expect(res.status).toBe(404);
    expect(html).toContain('<h1>Halaman tidak ditemukan</h1>');
  });

  it("serves another unit's item of the same slug only on that unit's site", async () => {
    const { html } = await page('/badan-b/berita/lainnya/rapat-umum');
    expect(html).toContain('<h1>Berita unit lain</h1>');
  });
});

describe('articles and other kinds', () => {
  it('lists live articles with their byline and shows one', async () => {
    const list = await page('/dinas-a/artikel');
    expect(titlesIn(list.html)).toEqual(['Menulis Ringkas untuk Publik']);
    expect(list.html).toContain('Oleh Orang kepala-a');
    const item = await page('/dinas-a/artikel/menulis-ringkas');
    expect(item.html).toContain('<h1>Menulis Ringkas untuk Publik</h1>');
    expect(item.html).toContain(' · Oleh Orang kepala-a');
  });

  it('shows an event with its time in the tenant zone and place, listed in the calendar', async () => {
    const { html } = await page('/dinas-a/agenda/rakor');
    expect(html).toContain('<h1>Rapat Koordinasi Kehumasan</h1>');
    // 01:00 UTC is 09.00 in Asia/Makassar.
    expect(html).toMatch(/<dd>20 Desember 2026 pukul 09\.00 – 20 Desember 2026 pukul 13\.00<\/dd>/);
    expect(html).toContain('<dd>Aula Utama</dd>');
    // The month's table lists it whatever today's date is (the coming/past lists depend on the clock).
    expect((await page('/dinas-a/kalender/bulan/2026-12')).html).toContain('<a href="/dinas-a/agenda/rakor">Rapat Koordinasi Kehumasan</a>');
  });

  it('files a publication under its sub-section only', async () => {
    expect(titlesIn((await page('/dinas-a/publikasi/peraturan')).html)).toEqual(['Perda Nomor 7']);
    expect((await page('/dinas-a/publikasi/materi')).html).toContain('Belum ada materi yang diterbitkan.');
    expect((await get('/dinas-a/publikasi/peraturan/perda-7')).status).toBe(200);
    expect((await get('/dinas-a/publikasi/materi/perda-7')).status).toBe(404);
  });
});

describe('unit home', () => {
  it('shows the latest five news with photos and a link to all', async () => {
    const { html } = await page('/dinas-a');
    const news = html.slice(html.indexOf('id="berita-terbaru"'), html.indexOf('id="agenda-mendatang"'));
    expect(titlesIn(news)).toEqual(['Rapat Umum Pegawai', pelatihan(1), pelatihan(2), pelatihan(3), pelatihan(4)]);
    expect(html).toContain('<h2 id="berita-terbaru">Berita terbaru</h2>');
    expect(html.match(/<picture>/g)).toHaveLength(5);
    expect(html).toContain('<a href="/dinas-a/berita">Semua berita</a>');
  });

  it('tells the team what to do when nothing is published', async () => {
    const db = w.services.db;
    const [other] = await db
      .insert((await import('../org/schema.ts')).units)
      .values({ tenantId: f.tenant.id, slug: 'kosong', name: 'Dinas Kosong', kind: 'dinas' })
      .returning();
    expect(other).toBeDefined();
    const { html } = await page('/kosong');
    expect(html).toContain('Belum ada berita yang diterbitkan. Tim publikasi unit ini dapat menulis berita');
  });
});

describe('English', () => {
  it('keeps the language in the chrome, the dates and the links', async () => {
    const { html } = await page('/dinas-a/berita?lang=en');
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(html).toContain('<a href="/dinas-a/berita/umum/rapat-umum?lang=en">Rapat Umum Pegawai</a>');
    expect(html).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}<\/time>/);
    expect(html).toContain('href="/dinas-a/berita?halaman=2&amp;lang=en"');
    const item = await page('/dinas-a/artikel/menulis-ringkas?lang=en');
    expect(item.html).toContain('By Orang kepala-a');
    expect(item.html).toMatch(/Published \d{1,2} \w+ \d{4}/);
    const home = await page('/dinas-a?lang=en');
    expect(home.html).toContain('Latest news');
    expect(home.html).toContain('All news');
  });
});

describe('every content page', () => {
  const paths = [
    '/dinas-a',
    '/dinas-a/berita',
    '/dinas-a/berita/teknis',
    '/dinas-a/berita/umum/rapat-umum',
    '/dinas-a/artikel',
    '/dinas-a/artikel/menulis-ringkas',
    '/dinas-a/kalender',
  ];
  it.each(paths)('%s needs no script, stays within 30 KB with its stylesheet, loads nothing from elsewhere', async (path) => {
    const { res, html } = await page(path);
    expect(res.status).toBe(200);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|\sstyle=|\son\w+=/i);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<main id="isi"');
    const href = html.match(/href="(\/assets\/site\.css\?v=[^"]+)"/)![1]!;
    const css = await (await get(href)).text();
    expect(Buffer.byteLength(html) + Buffer.byteLength(css)).toBeLessThanOrEqual(30 * 1024);
    const urls = [...html.matchAll(/\s(?:src|href|srcset)="([^"]*)"/g)].flatMap((m) => m[1]!.split(', ').map((u) => u.split(' ')[0]!));
    // The site's own absolute address (canonical link, previews, feeds) is this origin too.
    expect(urls.filter((u) => !/^(\/(?!\/)|#|\?|mailto:|tel:|data:,$|http:\/\/ujiprov\.go\.id\/)/.test(u))).toEqual([]);
    for (const img of html.match(/<img [^>]+>/g) ?? []) expect(img).toMatch(/ alt="[^"]+"/);
  });

  it('answers 304 to a current copy and a new page after a change', async () => {
    const first = await get('/dinas-a/berita');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await get('/dinas-a/berita', { 'if-none-match': etag })).status).toBe(304);
    await addItem({ slug: 'baru', judul: 'Berita Paling Baru', daysAgo: 0.1 });
    const after = await get('/dinas-a/berita', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('Berita Paling Baru');
  });

  it('is compressed for a browser that asks', async () => {
    const res = await get('/dinas-a/berita', { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});
