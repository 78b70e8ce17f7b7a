import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../http/middleware/compress.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { informasi } from '../informasi/schema.ts';
import { sessionUser } from '../keberatan/test-fixture.ts';
import { updateUnit } from '../org/update-unit.ts';
import { permohonan } from '../permohonan/schema.ts';
import { stylesheet } from './stylesheet.ts';

// The public PPID pages of a unit with 1,000 DIP items, 30 DIK entries and 60 requests: pages
// of 20 (25 for the register) with links, within the 30 KB budget, compressed on request, and
// still answering 304 to a current copy.
let w: TestWarta;
let f: Fixture;
const ITEMS = 1_000;
const title = (i: number) => `Dokumen anggaran nomor ${String(i).padStart(4, '0')}`;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const base = { tenantId: f.tenant.id, unitId: f.unitA.id, penguasaInformasi: 'Sekretariat Dinas Uji A', bentuk: 'softcopy' };
  // All berkala, item i published i days before 2026-12-01: the list order is item 1, 2, 3 …
  const rows = Array.from({ length: ITEMS }, (_, k) => {
    const i = k + 1;
    const day = new Date(Date.UTC(2026, 11, 1) - i * 86_400_000).toISOString().slice(0, 10);
    return { ...base, klasifikasi: 'berkala', judul: title(i), ringkasan: `Ringkasan fiktif butir ${i} untuk uji halaman.`, tanggalTerbit: day };
  });
  for (let k = 0; k < rows.length; k += 250) await w.services.db.insert(informasi).values(rows.slice(k, k + 250));
  const dik = Array.from({ length: 30 }, (_, k) => ({
    ...base,
    klasifikasi: 'dikecualikan',
    judul: `Berkas dikecualikan ${String(k + 1).padStart(2, '0')}`,
    ringkasan: 'Tidak tampil.',
    pasal17Huruf: 'a',
    dasarHukum: 'UU 14/2008 Pasal 17 huruf a',
    ujiKonsekuensi: 'Membuka berkas dapat menghambat penyidikan.',
    masaPengecualian: 'selama penyidikan',
    pengecualianBerakhir: '2029-12-31',
    penetapanNomor: `${k + 1}/PPID/2026`,
    penetapanTanggal: '2026-02-02',
  }));
  await w.services.db.insert(informasi).values(dik);
  const requests = Array.from({ length: 60 }, (_, k) => ({
    tenantId: f.tenant.id,
    unitId: f.unitA.id,
    number: `001.${String(k + 1).padStart(3, '0')}/PPID-DINAS-UJI-A/XII/2026`,
    year: 2026,
    sequence: k + 1,
    trackingTokenHash: `uji-${k}`,
    receivedAt: new Date(Date.UTC(2026, 1, 2 + (k % 20), 2)),
    channel: 'datang_langsung',
    requesterType: 'kelompok_orang',
    requesterName: 'Pemohon Fiktif',
    requesterAddress: 'Jalan Contoh',
    informationDetails: 'Rincian',
    purpose: 'Kajian',
    obtainMethod: 'salinan_softcopy',
    status: 'dikabulkan_sebagian',
    decidedAt: new Date(Date.UTC(2026, 1, 27, 2)),
    decision: { kind: 'dikabulkan_sebagian', bagian: [{ bagian: 'Lampiran', alasan: 'Pasal 17 huruf h' }] },
  }));
  await w.services.db.insert(permohonan).values(requests as never);
}, 120_000);
afterAll(() => w.stop());

const get = (path: string, headers: Record<string, string> = {}) => w.app.request(path, { headers: { host: 'ujiprov.go.id', ...headers } });
async function page(path: string) {
  const res = await get(path);
  return { status: res.status, html: await res.text() };
}
const itemTitles = (html: string) => [...html.matchAll(/>(Dokumen anggaran nomor \d{4})</g)].map((m) => m[1]);
const weight = (html: string) => Buffer.byteLength(html) + Buffer.byteLength(stylesheet.css);

describe('paged public lists', () => {
  it('shows 20 DIP items a page: page 2 holds items 21–40, with previous, numbered and next links', async () => {
    const first = await page('/dinas-a/ppid/dip');
    expect(itemTitles(first.html)).toEqual(Array.from({ length: 20 }, (_, k) => title(k + 1)));
    expect(first.html).toContain('Halaman 1 dari 50');
    expect(first.html).toContain('<a href="/dinas-a/ppid/dip?halaman=2" rel="next">Halaman berikutnya</a>');
    expect(first.html).toContain('href="/dinas-a/ppid/dip?halaman=50"');
    expect(first.html).not.toContain('rel="prev"');
    expect(first.html).toMatch(/<nav class="pager" aria-label="Halaman daftar informasi publik">/);
    expect(first.html).toContain('1000 informasi');

    const second = await page('/dinas-a/ppid/dip?halaman=2');
    expect(second.status).toBe(200);
    expect(itemTitles(second.html)).toEqual(Array.from({ length: 20 }, (_, k) => title(k + 21)));
    expect(second.html).toContain('<a href="/dinas-a/ppid/dip" rel="prev">Halaman sebelumnya</a>');
    expect(second.html).toContain('<a href="/dinas-a/ppid/dip?halaman=3" rel="next">');
    expect(second.html).toContain('<span aria-current="page">2</span>');

    const last = await page('/dinas-a/ppid/dip?halaman=50');
    expect(itemTitles(last.html)).toEqual(Array.from({ length: 20 }, (_, k) => title(k + 981)));
    expect(last.html).not.toContain('rel="next"');
  });

  it('answers 404 for a page past the end or a page that is not a number', async () => {
    for (const q of ['51', '0', '-1', 'dua', '2.5', '9999999']) expect((await page(`/dinas-a/ppid/dip?halaman=${q}`)).status, q).toBe(404);
    expect((await page('/dinas-a/ppid/dik?halaman=3')).status).toBe(404);
    expect((await page('/dinas-a/ppid/register?tahun=2026&halaman=4')).status).toBe(404);
    // An empty list still has its first page.
    expect((await page('/badan-b/ppid/dip')).status).toBe(200);
    expect((await page('/badan-b/ppid/dip?halaman=2')).status).toBe(404);
  });

  it('pages search results and keeps the words and the language in the links', async () => {
    const found = await page('/dinas-a/ppid/dip?q=nomor+01');
    // Every word must match as a prefix: the titles numbered 0100–0199.
    const expected = Array.from({ length: ITEMS }, (_, k) => title(k + 1)).filter((t) => t.split(' ').some((word) => word.startsWith('01')));
    expect(found.html).toContain(`${expected.length} informasi cocok dengan “nomor 01”.`);
    expect(itemTitles(found.html)).toEqual(expected.slice(0, 20));
    expect(found.html).toContain('href="/dinas-a/ppid/dip?q=nomor+01&amp;halaman=2"');
    const second = await page('/dinas-a/ppid/dip?q=nomor+01&halaman=2');
    expect(itemTitles(second.html)).toEqual(expected.slice(20, 40));
    const en = await page('/dinas-a/ppid/dip?halaman=2&lang=en');
    expect(en.html).toContain('href="/dinas-a/ppid/dip?halaman=3&amp;lang=en"');
    expect(en.html).toContain('Page 2 of 50');
  });

  it('pages the DIK by 20 and the register by 25', async () => {
    const entries = async (path: string) => [...(await page(path)).html.matchAll(/>(Berkas dikecualikan \d{2})</g)].map((m) => m[1]);
    const [one, two] = [await entries('/dinas-a/ppid/dik'), await entries('/dinas-a/ppid/dik?halaman=2')];
    expect([one.length, two.length]).toEqual([20, 10]);
    expect(new Set([...one, ...two]).size).toBe(30);
    const register = await page('/dinas-a/ppid/register?tahun=2026&halaman=3');
    expect(register.html.split('<th scope="row">').length - 1).toBe(10);
    expect(register.html).toContain('001.051/PPID-DINAS-UJI-A/XII/2026');
    expect(register.html).toContain('<td data-label="Status">Dikabulkan sebagian</td>');
  });

  it('keeps every page of a 1,000-item unit within 30 KB of HTML and CSS, without scripts', async () => {
    for (const path of [
      '/dinas-a/ppid/dip',
      '/dinas-a/ppid/dip?halaman=25',
      '/dinas-a/ppid/dip?q=dokumen',
      '/dinas-a/ppid/dik',
      '/dinas-a/ppid/register',
      '/dinas-a/ppid/laporan',
    ]) {
      const { status, html } = await page(path);
      expect(status, path).toBe(200);
      expect(weight(html), path).toBeLessThanOrEqual(30 * 1024);
      expect(html, path).not.toMatch(/<script(?! type="application\/ld\+json")|style="/i);
    }
  });
});

describe('compression', () => {
  it('chooses brotli, then gzip, honouring q=0 and *', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBeNull();
  });

  it('sends HTML brotli- or gzip-compressed when asked, and plain otherwise, always with Vary', async () => {
    const plain = await get('/dinas-a/ppid/dip');
    const body = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);

    const br = await get('/dinas-a/ppid/dip', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(body);
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(body) / 3);
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);

    const gz = await get('/dinas-a/ppid/dip', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(body);

    const css = await get(stylesheet.href, { 'accept-encoding': 'br' });
    expect(css.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await css.arrayBuffer())).toString('utf8')).toBe(stylesheet.css);
  });

  it('keeps ETag and 304 working: a compressed answer carries the weak form of the same tag', async () => {
    const plain = await get('/dinas-a/ppid/register');
    const strong = plain.headers.get('etag');
    expect(strong).toMatch(/^"[\w-]+"$/);
    const br = await get('/dinas-a/ppid/register', { 'accept-encoding': 'br' });
    expect(br.headers.get('etag')).toBe(`W/${strong}`);
    const cases: Array<[string, string]> = [
      [strong!, 'br'],
      [`W/${strong}`, 'br'],
      [`W/${strong}`, 'identity'],
      [strong!, 'gzip'],
    ];
    for (const [tag, encoding] of cases) {
      const again = await get('/dinas-a/ppid/register', { 'if-none-match': tag, 'accept-encoding': encoding });
      expect(again.status, `${tag} ${encoding}`).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('content-encoding')).toBeNull();
    }
    expect((await get('/dinas-a/ppid/register', { 'if-none-match': '"lain"', 'accept-encoding': 'br' })).status).toBe(200);
  });

  it('compresses JSON answers too', async () => {
    const res = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'))).toHaveProperty('openapi');
  });
});

describe('cached site lookups', () => {
  it('shows a unit’s new name at once after it is changed', async () => {
    expect((await page('/dinas-a/ppid/dip')).html).toContain('Dinas Uji A');
    await updateUnit(w.services, sessionUser(f.admin), f.unitA.id, { name: 'Dinas Uji A Baru' });
    expect((await page('/dinas-a/ppid/dip')).html).toContain('Dinas Uji A Baru');
    await updateUnit(w.services, sessionUser(f.admin), f.unitA.id, { active: false });
    expect((await page('/dinas-a/ppid/dip')).status).toBe(404);
    await updateUnit(w.services, sessionUser(f.admin), f.unitA.id, { active: true, name: 'Dinas Uji A' });
    expect((await page('/dinas-a/ppid/dip')).status).toBe(200);
  });
});
