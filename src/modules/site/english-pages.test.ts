import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { seedHolidays } from '../hari-kerja/seed-holidays.ts';
import { ppidPages } from '../ppid-portal/ppid-pages.ts';
import { sitePages } from './schema.ts';

// The public pages in English carry no Indonesian chrome. The fixture's own names (Pemerintah
// Provinsi Uji, Dinas Uji A, Umum) are content and are left out of the text checked, as is the
// link that switches to Bahasa Indonesia.

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await seedHolidays(w.services.db);
  // A PPID page saved with its default title and a written body: its title is still chrome.
  await w.services.db.insert(sitePages).values({
    unitId: f.unitA.id,
    slug: 'ppid-maklumat',
    title: ppidPages['ppid-maklumat'].title.id,
    body: 'Kami sanggup menyelenggarakan pelayanan informasi publik.',
    updatedAt: new Date(),
  });
});
afterAll(() => w.stop());

const paths = [
  '/',
  '/dinas-a',
  '/dinas-a/profil',
  '/dinas-a/profil/sejarah',
  '/dinas-a/berita',
  '/dinas-a/publikasi',
  '/dinas-a/kalender',
  '/dinas-a/artikel',
  '/dinas-a/kontak',
  '/dinas-a/ppid',
  '/dinas-a/ppid/dip',
  '/dinas-a/ppid/dik',
  '/dinas-a/ppid/permohonan',
  '/dinas-a/ppid/permohonan/lacak',
  '/dinas-a/ppid/keberatan',
  '/dinas-a/ppid/maklumat',
  '/dinas-a/ppid/sop',
  '/dinas-a/ppid/jam-layanan',
  '/dinas-a/ppid/register',
  '/dinas-a/ppid/laporan',
  '/dinas-a/ppid/emonev',
  '/dinas-a/tidak-ada',
];

// Words of the Indonesian chrome (menus, headings, labels, buttons) that have no place in English text.
const indonesian = [
  'Beranda',
  'Berita',
  'Profil',
  'Publikasi',
  'Kontak',
  'Permohonan',
  'Keberatan',
  'Informasi',
  'Daftar',
  'Layanan',
  'Maklumat',
  'Laporan',
  'Kirim',
  'Cari',
  'Lacak',
  'Tampilkan',
  'Tahun',
  'Nomor',
  'Tanggal',
  'wajib',
  'Langsung',
  'Sejarah',
  'belum',
  'tidak',
  'dan',
  'yang',
  'untuk',
  'dengan',
  'halaman',
];

/** The visible text of a page (and its title and labels), without the fixture's names and the language switch. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<a [^>]*hreflang="id"[^>]*>[\s\S]*?<\/a>/g, ' ')
    .replace(/<[^>]*\s(?:aria-label|title|placeholder|alt)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/Pemerintah Provinsi Uji|Dinas Uji A|Badan Uji B|Umum/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

describe('public pages with ?lang=en', () => {
  it.each(paths)('%s has no Indonesian chrome words', async (path) => {
    const res = await w.app.request(`${path}?lang=en`, { headers: { host: 'ujiprov.go.id' } });
    expect(res.status).toBeLessThan(500);
    const html = await res.text();
    expect(html).toContain('<html lang="en"');
    // The address a visitor typed (the 404 repeats it) is theirs, not the chrome's.
    const text = textOf(html.replace(/<code>[^<]*<\/code>/g, ''));
    const found = indonesian.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));
    expect(found, text.replace(/\s+/g, ' ').slice(0, 2000)).toEqual([]);
  });

  it.each([
    ['/dinas-a/ppid/permohonan?lang=en', 'POST'],
    ['/dinas-a/ppid/keberatan?lang=en', 'POST'],
    ['/dinas-a/ppid/permohonan/lacak?nomor=PPID%2FDINAS-A%2F2026%2F00001&token=salah&lang=en', 'GET'],
  ])('%s answered with errors (%s) has no Indonesian chrome words', async (path, method) => {
    const res = await w.app.request(path, {
      method,
      headers: { host: 'ujiprov.go.id', ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: method === 'POST' ? 'requesterName=' : undefined,
    });
    expect(res.status).toBeLessThan(500);
    const html = await res.text();
    expect(html).toContain('<html lang="en"');
    const text = textOf(html);
    const found = indonesian.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text));
    expect(found, text.replace(/\s+/g, ' ').slice(0, 2000)).toEqual([]);
  });

  it('keeps an edited PPID page’s body as written but shows its unchanged default title in English', async () => {
    const html = await (await w.app.request('/dinas-a/ppid/maklumat?lang=en', { headers: { host: 'ujiprov.go.id' } })).text();
    expect(html).toContain('Public information service pledge');
    expect(html).toContain('Kami sanggup menyelenggarakan pelayanan informasi publik.');
    expect(html).not.toContain('Maklumat Pelayanan Informasi Publik');
  });
});

// Checked against the Indonesian pages too, so the word list is known to catch what it should.
describe('the word list', () => {
  it('finds Indonesian chrome on the Indonesian PPID portal', async () => {
    const html = await (await w.app.request('/dinas-a/ppid?lang=id', { headers: { host: 'ujiprov.go.id' } })).text();
    expect(indonesian.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(textOf(html))).length).toBeGreaterThan(5);
  });
});
