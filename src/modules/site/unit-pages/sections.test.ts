import { randomBytes, randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../../test/harness.ts';
import type { GambarRender } from '../../konten/render-isi.ts';
import { checkRanges } from '../../media/range-checks.ts';
import { addDokumen, addKonten } from './test-konten.ts';

// Every photo id a page asks for exists, with four widths in two formats — the heaviest a page can be.
vi.mock('../../konten/media-port.ts', () => ({
  getMediaForRender: async (_db: unknown, ids: string[]) =>
    new Map<string, GambarRender>(
      ids.map((id) => {
        const set = (ext: string) => [320, 640, 1024, 1600].map((w) => `/media/${id}/${w}.${ext} ${w}w`).join(', ');
        return [
          id,
          {
            alt: `Foto ${id.slice(0, 4)}`,
            width: 1600,
            height: 1067,
            src: `/media/${id}/1024.jpg`,
            srcsetWebp: set('webp'),
            srcsetJpeg: set('jpg'),
            credit: null,
          },
        ];
      }),
    ),
}));

let w: TestWarta;
let f: Fixture;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.now();
const at = (ms: number) => new Date(now + ms);
const two = (n: number) => String(n).padStart(2, '0');
let pdfId: string;
let hiddenPdfId: string;
const videoBytes = randomBytes(4096);
const foto = [randomUUID(), randomUUID(), randomUUID()];
const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1527, 0x20)]); // 1536 bytes = 1,5 KB

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  // 23 live announcements, one a day, "Pengumuman 01" the newest; one draft and one of unit B.
  for (let i = 1; i <= 23; i++) await addKonten(w, f, { jenis: 'pengumuman', slug: `p-${i}`, judul: `Pengumuman ${two(i)}`, publishedAt: at(-i * DAY) });
  await addKonten(w, f, { jenis: 'pengumuman', slug: 'p-draf', judul: 'Pengumuman draf', live: false });
  await addKonten(w, f, { jenis: 'pengumuman', slug: 'p-b', judul: 'Pengumuman unit B', unitId: f.unitB.id });
  // Events: one going on now, 18 in the coming days, four in March 2031, two past, one draft.
  const ev = (slug: string, judul: string, mulai: Date, selesai: Date | null, live = true) =>
    addKonten(w, f, {
      jenis: 'agenda',
      slug,
      judul,
      live,
      atribut: { mulai: mulai.toISOString(), selesai: selesai?.toISOString() ?? null, tempat: 'Aula Utama' },
    });
  await ev('berlangsung', 'Kegiatan Berlangsung', at(-HOUR), at(2 * HOUR));
  for (let i = 1; i <= 18; i++) await ev(`segera-${i}`, `Kegiatan Segera ${two(i)}`, at(i * DAY), at(i * DAY + 2 * HOUR));
  // 2031-02-28T16:30Z is 1 March 00.30 WITA; 2031-03-31T16:30Z is 1 April 00.30 WITA.
  await ev('maret-awal', 'Pembukaan Maret', new Date('2031-02-28T16:30:00Z'), null);
  await ev('maret-5', 'Latsar CPNS Angkatan V', new Date('2031-03-05T01:00:00Z'), new Date('2031-03-05T05:00:00Z'));
  await ev('dua-hari', 'Rapat Dua Hari', new Date('2031-03-30T01:00:00Z'), new Date('2031-03-31T08:00:00Z'));
  await ev('april', 'Kegiatan April', new Date('2031-03-31T16:30:00Z'), null);
  await ev('lalu-3', 'Kegiatan Lalu Tiga', at(-3 * DAY), at(-3 * DAY + HOUR));
  await ev('lalu-10', 'Kegiatan Lalu Sepuluh', at(-10 * DAY), null);
  await ev('draf', 'Agenda draf', at(5 * DAY), null, false);
  // Articles of two authors.
  await addKonten(w, f, { jenis: 'artikel', slug: 'a-1', judul: 'Artikel Kepala Satu', penulisPersonId: f.headA.person.id, publishedAt: at(-2 * DAY) });
  await addKonten(w, f, { jenis: 'artikel', slug: 'a-2', judul: 'Artikel Kepala Dua', penulisPersonId: f.headA.person.id, publishedAt: at(-DAY) });
  await addKonten(w, f, { jenis: 'artikel', slug: 'a-3', judul: 'Artikel Penulis', penulisPersonId: f.writerA.person!.id, publishedAt: at(-3 * DAY) });
  await addKonten(w, f, { jenis: 'artikel', slug: 'a-draf', judul: 'Artikel Draf Kepala', penulisPersonId: f.headA.person.id, live: false });
  // A publication with a public PDF, and a file the library does not serve publicly.
  pdfId = await addDokumen(w, f, { name: 'Perda 7 2026.pdf', mediaType: 'application/pdf', bytes: pdfBytes, entityId: randomUUID(), isPublic: true });
  hiddenPdfId = await addDokumen(w, f, { name: 'rahasia.pdf', mediaType: 'application/pdf', bytes: pdfBytes, entityId: randomUUID(), isPublic: false });
  await addKonten(w, f, { jenis: 'publikasi', slug: 'perda-7', judul: 'Perda Nomor 7', atribut: { kategori: 'peraturan', dokumen: [pdfId, hiddenPdfId] } });
  // A gallery of three photos without a cover, and a YouTube video with a cover of our own.
  await addKonten(w, f, { jenis: 'galeri', slug: 'wisuda', judul: 'Galeri Wisuda', atribut: { foto } });
  await addKonten(w, f, {
    jenis: 'video',
    slug: 'profil',
    judul: 'Video Profil',
    cover: foto[0],
    atribut: { youtube: 'https://youtu.be/abcdefghijk', videoMediaId: null },
  });
  // A video uploaded to the media library, played from the site (ranges: its seek bar).
  const videoId = await addDokumen(w, f, {
    name: 'profil.mp4',
    mediaType: 'video/mp4',
    bytes: videoBytes,
    entityId: randomUUID(),
    isPublic: true,
    kind: 'video',
  });
  await addKonten(w, f, {
    jenis: 'video',
    slug: 'unggahan',
    judul: 'Video Unggahan',
    publishedAt: at(-3 * DAY),
    atribut: { youtube: null, videoMediaId: videoId },
  });
  await addKonten(w, f, { jenis: 'berita', slug: 'b-1', judul: 'Berita Unit A', publishedAt: at(-HOUR) });
  await addKonten(w, f, { jenis: 'berita', slug: 'b-b', judul: 'Berita Unit B', unitId: f.unitB.id, publishedAt: at(-2 * HOUR) });
});
afterAll(() => w.stop());

const get = (path: string) => w.app.request(path, { headers: { host: 'ujiprov.go.id' } });
async function page(path: string) {
  const res = await get(path);
  return { res, html: await res.text() };
}
const titlesIn = (html: string) => [...html.matchAll(/<h[23]><a href="[^"]+">([^<]+)<\/a><\/h[23]>/g)].map((m) => m[1]);

describe('pengumuman', () => {
  it('lists live announcements newest first, 20 a page: 23 make pages of 20 and 3', async () => {
    const first = await page('/dinas-a/pengumuman');
    expect(first.res.status).toBe(200);
    expect(titlesIn(first.html)).toEqual(Array.from({ length: 20 }, (_, i) => `Pengumuman ${two(i + 1)}`));
    expect(first.html).toContain('Halaman 1 dari 2');
    expect(first.html).not.toMatch(/Pengumuman draf|Pengumuman unit B/);
    const second = await page('/dinas-a/pengumuman?halaman=2');
    expect(titlesIn(second.html)).toEqual(['Pengumuman 21', 'Pengumuman 22', 'Pengumuman 23']);
    expect((await get('/dinas-a/pengumuman?halaman=3')).status).toBe(404);
  });

  it('shows a live item, 404 for a draft, and tells a visitor of an empty list what to do', async () => {
    expect((await page('/dinas-a/pengumuman/p-1')).html).toContain('<h1>Pengumuman 01</h1>');
    expect((await get('/dinas-a/pengumuman/p-draf')).status).toBe(404);
    const empty = await page('/badan-b/galeri');
    expect(empty.html).toContain('Belum ada galeri foto.');
    const en = await page('/dinas-a/pengumuman?lang=en');
    expect(en.html).toContain('<h1>Announcements</h1>');
    expect(en.html).toContain('href="/dinas-a/pengumuman?halaman=2&amp;lang=en"');
  });
});

describe('kalender', () => {
  it('lists coming events soonest first (an event going on counts), 20 a page', async () => {
    const first = await page('/dinas-a/kalender');
    const titles = titlesIn(first.html);
    // 1 going on + 18 coming + 4 in March 2031 = 23: 20 on page 1, 3 on page 2.
    expect(titles).toEqual(['Kegiatan Berlangsung', ...Array.from({ length: 18 }, (_, i) => `Kegiatan Segera ${two(i + 1)}`), 'Pembukaan Maret']);
    expect(first.html).toContain('Halaman 1 dari 2');
    expect(titlesIn((await page('/dinas-a/kalender?halaman=2')).html)).toEqual(['Latsar CPNS Angkatan V', 'Rapat Dua Hari', 'Kegiatan April']);
    expect(first.html).not.toContain('Agenda draf');
    expect(first.html).toContain('· Aula Utama');
    expect(first.html).toContain('href="/dinas-a/kalender.ics" type="text/calendar"');
  });

  it('lists past events latest first', async () => {
    const { html } = await page('/dinas-a/kalender/lalu');
    expect(titlesIn(html)).toEqual(['Kegiatan Lalu Tiga', 'Kegiatan Lalu Sepuluh']);
    expect(html).toContain('<h1>Kegiatan yang telah berlangsung</h1>');
  });

  it('shows a month as a table in the tenant zone: Monday first, six weeks for March 2031', async () => {
    const { res, html } = await page('/dinas-a/kalender/bulan/2031-03');
    expect(res.status).toBe(200);
    expect(html).toContain('<caption>Kegiatan Maret 2031, satu baris per minggu</caption>');
    expect([...html.matchAll(/<th scope="col" abbr="([^"]+)">/g)].map((m) => m[1])).toEqual(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']);
    const rows = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>')).split('<tr>').slice(1);
    // 1 March 2031 is a Saturday: five empty cells, then 31 days, padded to 42 cells.
    expect(rows).toHaveLength(6);
    expect(rows[0]!.match(/class="luar"/g)).toHaveLength(5);
    const cell = (day: number) => new RegExp(`<span class="tgl">${day}</span>(.*?)</td>`).exec(html)?.[1] ?? '';
    expect(cell(1)).toContain('Pembukaan Maret</a> <small>00.30</small>');
    expect(cell(5)).toContain('Latsar CPNS Angkatan V</a> <small>09.00</small>');
    expect(rows[0]).toContain('>Pembukaan Maret<');
    expect(rows[1]).toContain('>Latsar CPNS Angkatan V<');
    expect(cell(30)).toContain('Rapat Dua Hari</a> <small>09.00</small>');
    expect(cell(31)).toContain('Rapat Dua Hari</a>');
    expect(cell(31)).not.toContain('Kegiatan April');
    expect(html).toContain('<a href="/dinas-a/kalender/bulan/2031-02" rel="prev">Bulan sebelumnya (Februari 2031)</a>');
    const en = await page('/dinas-a/kalender/bulan/2031-03?lang=en');
    expect(en.html).toContain('<caption>Events in March 2031, one row per week</caption>');
    expect(en.html).toContain('abbr="Monday"');
    for (const bad of ['2031-13', '2031-3', '1999-01', 'x']) expect((await get(`/dinas-a/kalender/bulan/${bad}`)).status).toBe(404);
  });

  it('serves an iCalendar feed in the tenant zone that parses back', async () => {
    const res = await get('/dinas-a/kalender.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Asia/Makassar');
    expect(String(tz.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00');
    ICAL.TimezoneService.register(tz);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byTitle = new Map(events.map((e) => [e.summary, e]));
    // Coming and the last month's: 23 + 2 past, never the draft.
    expect(events).toHaveLength(25);
    expect(byTitle.has('Agenda draf')).toBe(false);
    const latsar = byTitle.get('Latsar CPNS Angkatan V')!;
    expect(latsar.startDate.zone?.tzid).toBe('Asia/Makassar');
    expect(latsar.startDate.toString()).toBe('2031-03-05T09:00:00');
    expect(latsar.startDate.toJSDate().toISOString()).toBe('2031-03-05T01:00:00.000Z');
    expect(latsar.endDate.toJSDate().toISOString()).toBe('2031-03-05T05:00:00.000Z');
    expect(latsar.location).toBe('Aula Utama');
    expect(latsar.uid).toMatch(/^[0-9a-f-]{36}@ujiprov\.go\.id$/);
    expect(latsar.component.getFirstPropertyValue('url')).toBe('http://ujiprov.go.id/dinas-a/agenda/maret-5');
  });
});

describe('artikel by author', () => {
  it('lists the authors of live articles and each one\u2019s articles', async () => {
    const index = await page('/dinas-a/artikel/penulis');
    expect(index.html).toContain('<a href="/dinas-a/artikel/penulis/orang-kepala-a">Orang kepala-a</a> <small>(2 artikel)</small>');
    expect(index.html).toContain('<a href="/dinas-a/artikel/penulis/orang-penulis-a">Orang penulis-a</a> <small>(1 artikel)</small>');
    const head = await page('/dinas-a/artikel/penulis/orang-kepala-a');
    expect(head.html).toContain('<h1>Artikel oleh Orang kepala-a</h1>');
    expect(titlesIn(head.html)).toEqual(['Artikel Kepala Dua', 'Artikel Kepala Satu']);
    expect((await get('/dinas-a/artikel/penulis/tidak-ada')).status).toBe(404);
    expect((await page('/dinas-a/artikel/penulis/orang-kepala-a?lang=en')).html).toContain('<h1>Articles by Orang kepala-a</h1>');
  });
});

describe('publikasi documents', () => {
  it('names type and size on every download link and serves only the public file', async () => {
    const { html } = await page('/dinas-a/publikasi/peraturan/perda-7');
    expect(html).toContain(
      `<a href="/dinas-a/publikasi/peraturan/perda-7/berkas/${pdfId}" download="">Unduh Perda 7 2026.pdf</a> <small>(PDF, 1,5 KB)</small>`,
    );
    expect((await page('/dinas-a/publikasi/peraturan/perda-7?lang=en')).html).toContain('Download Perda 7 2026.pdf</a> <small>(PDF, 1.5 KB)</small>');
    const file = await get(`/dinas-a/publikasi/peraturan/perda-7/berkas/${pdfId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await file.arrayBuffer()).equals(pdfBytes)).toBe(true);
    expect(html).not.toContain('rahasia.pdf');
    expect((await get(`/dinas-a/publikasi/peraturan/perda-7/berkas/${hiddenPdfId}`)).status).toBe(404);
    expect((await get(`/dinas-a/publikasi/materi/perda-7/berkas/${pdfId}`)).status).toBe(404);
    expect((await get(`/dinas-a/publikasi/peraturan/perda-7/lain/${pdfId}`)).status).toBe(404);
  });
});

describe('galeri and video', () => {
  it('lists a gallery with its first photo and count, and shows the set: sizes given, lazy below the first row', async () => {
    const list = await page('/dinas-a/galeri');
    expect(list.html).toContain('· 3 foto');
    expect(list.html).toContain(`src="/media/${foto[0]}/320.jpg"`);
    const { html } = await page('/dinas-a/galeri/wisuda');
    const imgs = html.slice(html.indexOf('<ul class="galeri">')).match(/<img [^>]+>/g)!;
    expect(imgs).toHaveLength(3);
    for (const img of imgs) expect(img).toContain('width="1600" height="1067"');
    expect(imgs.map((i) => i.includes('loading="lazy"'))).toEqual([false, false, true]);
    expect(html).toContain(`<a href="/media/${foto[2]}/1600.jpg" aria-label="Buka foto ukuran penuh: Foto ${foto[2]!.slice(0, 4)}">`);
  });

  it('shows a YouTube video as our poster and a link, loading nothing from YouTube', async () => {
    const { html } = await page('/dinas-a/video/profil');
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=abcdefghijk" rel="noopener noreferrer">');
    expect(html).toContain(`<img src="/media/${foto[0]}/1024.jpg"`);
    expect(html).not.toMatch(/<iframe|src="https?:|srcset="https?:/);
    expect(titlesIn((await page('/dinas-a/video')).html)).toEqual(['Video Profil', 'Video Unggahan']);
    expect((await page('/dinas-a/video?lang=en')).html).toContain('<h1>Videos</h1>');
  });

  it('plays an uploaded video from the site, answering the byte ranges a player seeks with', async () => {
    const { html } = await page('/dinas-a/video/unggahan');
    expect(html).toContain('src="/dinas-a/video/unggahan/berkas"');
    const path = '/dinas-a/video/unggahan/berkas';
    const whole = await get(path);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await whole.arrayBuffer()).equals(videoBytes)).toBe(true);
    await checkRanges((headers = {}) => w.app.request(path, { headers: { host: 'ujiprov.go.id', ...headers } }));
  });
});

describe('beranda, e-learning and the pemda home', () => {
  it('shows coming events, the latest announcements and quick links on the unit home', async () => {
    const { html } = await page('/dinas-a');
    const agenda = html.slice(html.indexOf('id="agenda-mendatang"'), html.indexOf('id="pengumuman-terbaru"'));
    expect(titlesIn(agenda)).toEqual(['Kegiatan Berlangsung', 'Kegiatan Segera 01', 'Kegiatan Segera 02']);
    const pengumuman = html.slice(html.indexOf('id="pengumuman-terbaru"'), html.indexOf('id="tautan-cepat"'));
    expect(titlesIn(pengumuman)).toEqual(['Pengumuman 01', 'Pengumuman 02', 'Pengumuman 03']);
    expect(html).toContain('<a href="/dinas-a/ppid">Layanan informasi publik (PPID)</a>');
    expect(html).toContain('<a href="/dinas-a/kontak">Kontak dan pengaduan</a>');
    const empty = await page('/badan-b?lang=en');
    expect(empty.html).toContain('No events are scheduled soon.');
    expect(empty.html).toContain('Latest announcements');
  });

  it('says honestly that there is no e-learning yet', async () => {
    expect((await page('/dinas-a/e-learning')).html).toContain('E-Learning Dinas Uji A belum tersedia.');
  });

  it('shows the latest news of every unit on the pemda home', async () => {
    const { html } = await page('/');
    const section = html.slice(html.indexOf('id="terbaru-unit"'), html.indexOf('id="perangkat-daerah"'));
    expect(titlesIn(section)).toEqual(['Berita Unit A', 'Berita Unit B']);
    expect(section).toContain('<a href="/badan-b/berita/lainnya/b-b">Berita Unit B</a>');
    expect((await page('/?lang=en')).html).toContain('Latest news from the agencies');
  });
});

describe('every section', () => {
  const paths = [
    '/',
    '/dinas-a',
    '/dinas-a/pengumuman',
    '/dinas-a/pengumuman/p-1',
    '/dinas-a/kalender',
    '/dinas-a/kalender/lalu',
    '/dinas-a/kalender/bulan/2031-03',
    '/dinas-a/agenda/maret-5',
    '/dinas-a/artikel/penulis',
    '/dinas-a/artikel/penulis/orang-kepala-a',
    '/dinas-a/publikasi/peraturan/perda-7',
    '/dinas-a/galeri',
    '/dinas-a/galeri/wisuda',
    '/dinas-a/video',
    '/dinas-a/video/profil',
    '/dinas-a/e-learning',
  ];
  it.each(paths.flatMap((p) => [p, `${p}?lang=en`]))('%s has no script, one h1, fits 30 KB with its stylesheet, loads nothing from elsewhere', async (path) => {
    const { res, html } = await page(path);
    expect(res.status).toBe(200);
    // Structured data (JSON-LD) is a data block, never run; any other script is refused.
    expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")|\sstyle=|\son\w+=/i);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const href = html.match(/href="(\/assets\/site\.css\?v=[^"]+)"/)![1]!;
    const css = await (await get(href)).text();
    expect(Buffer.byteLength(html) + Buffer.byteLength(css)).toBeLessThanOrEqual(30 * 1024);
    // Links may lead elsewhere (YouTube); nothing the page loads may.
    // Canonical and alternate links (languages, feeds) name addresses; they load nothing.
    const loaded = [...html.matchAll(/<(?:img|source|link(?![^>]*rel="(?:canonical|alternate)")|video|iframe)\b[^>]*>/g)].flatMap((m) =>
      [...m[0].matchAll(/\s(?:src|href|srcset|poster)="([^"]*)"/g)].flatMap((a) => a[1]!.split(', ').map((u) => u.split(' ')[0]!)),
    );
    expect(loaded.filter((u) => !/^(\/(?!\/)|data:,$)/.test(u))).toEqual([]);
  });
});
