import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { addDays, localDateOf, weekdayOf } from '../hari-kerja/local-date.ts';
import { holidays } from '../hari-kerja/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { stylesheet } from '../site/stylesheet.ts';

let w: TestWarta;
let f: Fixture;
let ppidA: { email: string };
const page = (path: string) => w.app.request(path, { headers: { host: 'warta.test' } });
const as = async (email: string) => {
  const client = new TestClient(w.app);
  expect((await client.signIn(email, PASSWORD)).status).toBe(200);
  return client;
};

const jam =
  'Senin–Kamis: 08.00–12.00 (shift pagi), 13.00–16.00 (shift siang)\nJumat: 08.00–11.00, 13.30–16.30\nSabtu, Minggu: tutup\n\nLayanan daring tersedia setiap saat.';
const sop =
  'Berlaku sejak Januari 2026.\n\n## SOP Pelayanan Permohonan Informasi\n\n- Petugas menerima permohonan\n- Petugas memberi nomor pendaftaran\n\n## SOP Pengajuan Keberatan\n\n[Unduh SOP Keberatan (PDF)](https://dokumen.uji.test/sop-keberatan.pdf)';

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  ppidA = await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
});
afterAll(() => w.stop());

describe('PPID pages through the site pages API', () => {
  const maklumat = { title: 'Maklumat Pelayanan', body: 'Dengan ini kami menyatakan sanggup melayani permohonan informasi sesuai standar.' };

  it('answers 401 without a session', async () => {
    expect((await new TestClient(w.app).put(`/api/units/${f.unitA.id}/pages/ppid-maklumat`, maklumat)).status).toBe(401);
  });

  it('answers 403 to the site team (head, contributor), to no role, and to the PPID of another unit', async () => {
    for (const who of [f.headA, f.writerA, f.outsider]) {
      expect((await (await as(who.email)).put(`/api/units/${f.unitA.id}/pages/ppid-maklumat`, maklumat)).status).toBe(403);
    }
    expect((await (await as(ppidA.email)).put(`/api/units/${f.unitB.id}/pages/ppid-maklumat`, maklumat)).status).toBe(403);
  });

  it('lets the PPID edit only the PPID pages, not the Profil pages', async () => {
    const ppid = await as(ppidA.email);
    expect((await ppid.put(`/api/units/${f.unitA.id}/pages/sejarah`, maklumat)).status).toBe(403);
    const list = await ppid.get(`/api/units/${f.unitA.id}/pages`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { slug: string; href: string }) => [p.slug, p.href])).toEqual([
      ['ppid-maklumat', '/dinas-a/ppid/maklumat'],
      ['ppid-sop', '/dinas-a/ppid/sop'],
      ['ppid-jam-layanan', '/dinas-a/ppid/jam-layanan'],
    ]);
    expect(list.body.items[2].hint).toContain('Senin–Kamis');
    expect(list.body.items[0]).toMatchObject({ title: 'Maklumat Pelayanan Informasi Publik', body: '', updatedAt: null, hint: null });
    const all = await (await as(f.admin.email)).get(`/api/units/${f.unitA.id}/pages`);
    expect(all.body.items).toHaveLength(9);
  });

  it('answers 400 naming the field: an unknown slug, an empty title, service hours that do not parse (with the line)', async () => {
    const ppid = await as(ppidA.email);
    expect((await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-lain`, maklumat)).body).toMatchObject({ code: 'invalid', field: 'slug' });
    expect((await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-maklumat`, { title: ' ', body: 'x' })).body).toMatchObject({ field: 'title' });
    const bad = await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-jam-layanan`, { title: 'Jam Layanan', body: 'Senin: 08.00–16.00\nSelasa: 16.00–08.00' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid', field: 'body' });
    expect(bad.body.message).toContain('Baris 2');
  });

  it('saves the three pages for the PPID and for an admin, audited', async () => {
    const ppid = await as(ppidA.email);
    const saved = await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-maklumat`, maklumat);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ slug: 'ppid-maklumat', title: 'Maklumat Pelayanan' });
    expect((await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-sop`, { title: 'SOP Layanan Informasi', body: sop })).status).toBe(200);
    const admin = await as(f.admin.email);
    expect((await admin.put(`/api/units/${f.unitA.id}/pages/ppid-jam-layanan`, { title: 'Jam Layanan Informasi', body: jam })).status).toBe(200);
    const audits = await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'site_page.updated'));
    expect(audits.map((a) => (a.after as { slug: string }).slug).sort()).toEqual(['ppid-jam-layanan', 'ppid-maklumat', 'ppid-sop']);
  });
});

describe('public PPID pages', () => {
  it('shows the maklumat, the SOPs with their own headings, and the service hours as a table', async () => {
    const m = await (await page('/dinas-a/ppid/maklumat')).text();
    expect(m).toContain('<h1');
    expect(m).toContain('sanggup melayani permohonan informasi');
    const s = await (await page('/dinas-a/ppid/sop')).text();
    expect(s).toContain('<h2 id="sop-1">SOP Pelayanan Permohonan Informasi</h2>');
    expect(s).toContain('<a href="#sop-2">SOP Pengajuan Keberatan</a>');
    expect(s).toContain('href="https://dokumen.uji.test/sop-keberatan.pdf"');
    const j = await (await page('/dinas-a/ppid/jam-layanan')).text();
    expect(j).toContain('<caption id="jam-caption">Jadwal layanan informasi publik (waktu WITA)</caption>');
    expect(j).toContain('<th scope="row">Senin–Kamis</th>');
    expect(j).toContain('08.00–12.00 (shift pagi)');
    expect(j).toContain('<th scope="row">Sabtu, Minggu</th><td>Tutup</td>');
    expect(j).toContain('Layanan daring tersedia setiap saat.');
  });

  it('lists a closure from the working-day calendar that falls on a service day, and not one on a closed day', async () => {
    const today = localDateOf(new Date(), 'Asia/Makassar');
    let weekday = addDays(today, 10);
    while ([0, 6].includes(weekdayOf(weekday))) weekday = addDays(weekday, 1);
    let saturday = addDays(today, 10);
    while (weekdayOf(saturday) !== 6) saturday = addDays(saturday, 1);
    await w.services.db.insert(holidays).values([
      { tenantId: f.tenant.id, date: weekday, type: 'lokal', name: 'Hari Jadi Provinsi Uji', source: 'Keputusan Gubernur Uji (fiktif)' },
      { tenantId: f.tenant.id, date: saturday, type: 'lokal', name: 'Kerja Bakti Sabtu', source: 'Keputusan Gubernur Uji (fiktif)' },
    ]);
    const j = await (await page('/dinas-a/ppid/jam-layanan')).text();
    expect(j).toContain('Hari Jadi Provinsi Uji');
    expect(j).not.toContain('Kerja Bakti Sabtu');
  });

  it('speaks English in the chrome and the schedule with ?lang=en', async () => {
    const j = await (await page('/dinas-a/ppid/jam-layanan?lang=en')).text();
    expect(j).toContain('<th scope="row">Monday–Thursday</th>');
    expect(j).toContain('Public information service hours (WITA time)');
    const r = await (await page('/dinas-a/ppid/register?lang=en')).text();
    expect(r).toContain('<input type="hidden" name="lang" value="en"/>');
  });

  it('says honestly when another unit has written none of them', async () => {
    expect(await (await page('/badan-b/ppid/maklumat')).text()).toContain('belum diterbitkan');
    expect(await (await page('/badan-b/ppid/jam-layanan')).text()).toContain('belum dicantumkan');
    expect((await page('/dinas-a/ppid/maklumat/lain')).status).toBe(404);
  });

  it('serves every portal page without scripts, within 30 KB with the stylesheet', async () => {
    for (const path of ['', '/maklumat', '/sop', '/jam-layanan', '/register', '/emonev']) {
      const res = await page(`/dinas-a/ppid${path}`);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).not.toMatch(/<script/i);
      expect(Buffer.byteLength(html) + Buffer.byteLength(stylesheet.css), path).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('links every section from the PPID landing page', async () => {
    const html = await (await page('/dinas-a/ppid')).text();
    for (const path of ['dip', 'dik', 'maklumat', 'sop', 'jam-layanan', 'permohonan', 'permohonan/lacak', 'keberatan', 'register', 'emonev']) {
      expect(html, path).toContain(`href="/dinas-a/ppid/${path}"`);
    }
    expect(html).toContain('<h2 id="g-layanan">Standar layanan</h2>');
  });
});
