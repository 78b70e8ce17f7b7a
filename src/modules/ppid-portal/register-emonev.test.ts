import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { informasi } from '../informasi/schema.ts';
import { registerKeberatan } from '../keberatan/register-keberatan.ts';
import { completeCalendarAhead, makeRequest, sampleObjection, sessionUser } from '../keberatan/test-fixture.ts';
import { createDecree } from '../org/create-decree.ts';
import { getTenant } from '../org/get-tenant.ts';
import { teamMembers, tenants, units } from '../org/schema.ts';
import { permohonan } from '../permohonan/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { stylesheet } from '../site/stylesheet.ts';

let w: TestWarta;
let f: Fixture;
let ppidA: { id: string; email: string; personId: string | null };
let otherTenantUnitId: string;
const req: Record<string, { id: string; number: string }> = {};
const page = async (path: string) => (await w.app.request(path, { headers: { host: 'warta.test' } })).text();
const as = async (email: string) => {
  const client = new TestClient(w.app);
  expect((await client.signIn(email, PASSWORD)).status).toBe(200);
  return client;
};
/** The cells of one register row, found by its number. */
const rowOf = (html: string, number: string) => {
  const row = html.split('<tr>').find((r) => r.includes(`<th scope="row">${number}</th>`));
  return row ? [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]) : null;
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await completeCalendarAhead(w.services, f);
  ppidA = await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  const [other] = await w.services.db.insert(tenants).values({ slug: 'lain', name: 'Kabupaten Lain', kind: 'kabupaten', timeZone: 'Asia/Jakarta' }).returning();
  const [unit] = await w.services.db.insert(units).values({ tenantId: other!.id, slug: 'dinas-lain', name: 'Dinas Lain', kind: 'dinas' }).returning();
  otherTenantUnitId = unit!.id;

  // Friday 14 August 2026, 10.00 WITA, granted on Wednesday 19 August: Monday 17 August is
  // Proklamasi Kemerdekaan, so the service took 2 working days (Tuesday and Wednesday).
  req.granted = await makeRequest(w.services, f, {
    receivedAt: new Date('2026-08-14T02:00:00Z'),
    steps: [{ ke: 'diproses' }, { ke: 'dikabulkan_seluruhnya' }],
  });
  // Monday 2 March 2026, refused on Friday 6 March: 4 working days.
  req.refused = await makeRequest(w.services, f, {
    receivedAt: new Date('2026-03-02T01:00:00Z'),
    steps: [{ ke: 'diproses' }, { ke: 'ditolak', dasar: 'pasal_17_b' }],
  });
  req.open = await makeRequest(w.services, f, { receivedAt: new Date('2026-03-03T01:00:00Z') });
  req.lastYear = await makeRequest(w.services, f, { receivedAt: new Date('2025-06-10T01:00:00Z') });
  req.unitB = await makeRequest(w.services, f, { unit: f.unitB, receivedAt: new Date('2026-03-04T01:00:00Z') });
  // The decision dates are the clock's when decided; set them to the dates counted above.
  await w.services.db
    .update(permohonan)
    .set({ decidedAt: new Date('2026-08-19T03:00:00Z') })
    .where(eq(permohonan.id, req.granted.id));
  await w.services.db
    .update(permohonan)
    .set({ decidedAt: new Date('2026-03-06T07:00:00Z') })
    .where(eq(permohonan.id, req.refused.id));
  const tenant = await getTenant(w.services.db, f.tenant.id);
  await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(req.refused), null);
  // 24 more, so 2026 has 27 requests: a full first page of 25 and 2 on the second.
  for (let i = 0; i < 24; i++) await makeRequest(w.services, f, { receivedAt: new Date(`2026-04-${String(6 + (i % 20)).padStart(2, '0')}T01:00:00Z`) });
});
afterAll(() => w.stop());

describe('public register', () => {
  it('shows each request’s facts, service time in working days and objections, and no personal data', async () => {
    const html = await page('/dinas-a/ppid/register?tahun=2026');
    expect(html).toContain('<caption id="register-caption">Register permohonan informasi tahun 2026 (27 permohonan)</caption>');
    expect(html).toContain('<th scope="col">Lama layanan (hari kerja)</th>');
    expect(rowOf(html, req.granted!.number)).toEqual(['14 Agu 2026', 'Surat', 'Perseorangan', 'Dikabulkan seluruhnya', '19 Agu 2026', '2', '0']);
    expect(rowOf(html, req.refused!.number)).toEqual(['2 Mar 2026', 'Surat', 'Perseorangan', 'Ditolak', '6 Mar 2026', '4', '1']);
    expect(rowOf(html, req.open!.number)).toEqual(['3 Mar 2026', 'Surat', 'Perseorangan', 'Terdaftar', '—', '—', '0']);
    for (const personal of [
      'Maria Uji Coba',
      'maria@contoh.test',
      'Jalan Fiktif',
      '0812 0000 0000',
      'Mahasiswa',
      'realisasi anggaran',
      'Bahan penelitian',
      'Biaya penggandaan',
    ]) {
      expect(html, personal).not.toContain(personal);
    }
  });

  it('pages by 25 with links that keep the year, and filters by year', async () => {
    const first = await page('/dinas-a/ppid/register?tahun=2026');
    expect(first.split('<th scope="row">').length - 1).toBe(25);
    expect(Buffer.byteLength(first) + Buffer.byteLength(stylesheet.css)).toBeLessThanOrEqual(30 * 1024);
    expect(first).not.toMatch(/<script/i);
    expect(first).toContain('Halaman 1 dari 2');
    expect(first).toContain('href="/dinas-a/ppid/register?tahun=2026&amp;halaman=2"');
    const second = await page('/dinas-a/ppid/register?tahun=2026&halaman=2');
    expect(second.split('<th scope="row">').length - 1).toBe(2);
    expect(second).toContain('rel="prev"');
    const lastYear = await page('/dinas-a/ppid/register?tahun=2025');
    expect(lastYear).toContain(`<th scope="row">${req.lastYear!.number}</th>`);
    expect(lastYear).not.toContain(req.granted!.number);
    expect(lastYear).toContain('<option value="2026">2026</option>');
    expect(await page('/dinas-a/ppid/register?tahun=1990')).toContain('(27 permohonan)');
  });

  it('keeps each unit’s register to itself and says so when a year is empty', async () => {
    const b = await page('/badan-b/ppid/register?tahun=2026');
    expect(b).toContain(req.unitB!.number);
    expect(b).not.toContain(req.granted!.number);
    expect(await page('/badan-b/ppid/register?tahun=2025')).toContain('Belum ada permohonan informasi pada tahun 2025.');
  });
});

describe('GET /api/units/:id/emonev', () => {
  const url = () => `/api/units/${f.unitA.id}/emonev`;

  it('answers 401 without a session, 403 to the site team and other roles, 400 for a bad id, 404 across tenants', async () => {
    expect((await new TestClient(w.app).get(url())).status).toBe(401);
    for (const who of [f.headA, f.writerA, f.outsider]) expect((await (await as(who.email)).get(url())).status).toBe(403);
    expect((await (await as(ppidA.email)).get(`/api/units/${f.unitB.id}/emonev`)).status).toBe(403);
    expect((await (await as(ppidA.email)).get('/api/units/bukan-uuid/emonev')).body).toMatchObject({ code: 'invalid', field: 'id' });
    expect((await (await as(f.admin.email)).get(`/api/units/${otherTenantUnitId}/emonev`)).status).toBe(404);
  });

  it('marks what is missing, then what the unit has since published, with its public link', async () => {
    const ppid = await as(ppidA.email);
    const before = await ppid.get(url());
    expect(before.status).toBe(200);
    const state = (body: { items: Array<{ id: string; present: boolean }> }) => Object.fromEntries(body.items.map((e) => [e.id, e.present]));
    expect(state(before.body)).toMatchObject({
      dip: false,
      dik: false,
      maklumat: false,
      sop: false,
      jam_layanan: false,
      sk_ppid: false,
      register: true,
      formulir_permohonan: true,
    });
    expect(before.body.items.find((e: { id: string }) => e.id === 'register')).toMatchObject({
      href: '/dinas-a/ppid/register',
      detail: expect.stringMatching(/tahun \d{4}/),
    });
    expect(before.body.present).toBe(before.body.items.filter((e: { present: boolean }) => e.present).length);
    // Diskominfo evaluators monitor every unit (seed 004 KETIGA): they read it too.
    const evaluator = await addOfficer(w.services, f.tenant.id, f.unitB.id, 'evaluator', 'evaluator', PASSWORD);
    expect((await (await as(evaluator.email)).get(url())).status).toBe(200);

    await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-maklumat`, { title: 'Maklumat', body: 'Kami sanggup melayani.' });
    await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-sop`, { title: 'SOP', body: '## SOP Permohonan\n\n- Terima\n\n## SOP Keberatan\n\n- Catat' });
    await ppid.put(`/api/units/${f.unitA.id}/pages/ppid-jam-layanan`, { title: 'Jam', body: 'Senin–Jumat: 08.00–16.00' });
    const common = { tenantId: f.tenant.id, unitId: f.unitA.id, penguasaInformasi: 'Sekretariat', bentuk: 'softcopy', tautan: [] };
    await w.services.db.insert(informasi).values([
      { ...common, klasifikasi: 'berkala', judul: 'LRA', ringkasan: 'Realisasi.', pembaruanBerikutnya: '2020-01-31' },
      { ...common, klasifikasi: 'dikecualikan', judul: 'Berkas', ringkasan: 'Rahasia.', pasal17Huruf: 'a' },
    ]);
    const decree = await createDecree(w.services, sessionUser(f.admin), {
      number: '188/01/PPID/2026',
      date: '2026-01-05',
      title: 'Penetapan PPID Dinas Uji A',
      signerName: 'Kepala Dinas Uji',
      unitId: f.unitA.id,
    });
    await w.services.db.update(teamMembers).set({ decreeId: decree.id }).where(eq(teamMembers.personId, ppidA.personId!));

    const after = await ppid.get(url());
    expect(state(after.body)).toMatchObject({
      dip: true,
      berkala: true,
      serta_merta: false,
      dik: true,
      maklumat: true,
      sop: true,
      jam_layanan: true,
      sk_ppid: true,
    });
    const byId = new Map(after.body.items.map((e: { id: string }) => [e.id, e]));
    expect(byId.get('sop')).toMatchObject({ href: '/dinas-a/ppid/sop', detail: '2 SOP' });
    // The berkala item is past its update date: the quality item is missing, with the reason.
    expect(byId.get('berkala_mutakhir')).toMatchObject({ present: false, detail: '1 informasi berkala melewati tanggal pembaruan' });
    expect(byId.get('sk_ppid')).toMatchObject({ href: null, detail: 'SK 188/01/PPID/2026' });
  });

  it('is shown publicly at /{unit}/ppid/emonev by indicator, present and missing in words', async () => {
    const html = await page('/dinas-a/ppid/emonev');
    expect(html).toContain('<h2 id="i-pelayanan">Pelayanan informasi</h2>');
    expect(html).toContain('<a href="/dinas-a/ppid/maklumat">Maklumat pelayanan informasi publik</a>');
    expect(html).toContain('Tersedia');
    expect(html).toContain('Belum tersedia');
    expect(html).not.toMatch(/<script/i);
  });

  it('counts in grammatical English: 1 item, 2 items, 2 SOPs, 1 periodic item past its date', async () => {
    const english = async () => page('/dinas-a/ppid/emonev?lang=en');
    const before = await english();
    expect(before).toContain(' · 1 item</p>');
    expect(before).toContain(' · 2 SOPs</p>');
    expect(before).toContain(' · 1 periodic item past its update date</p>');
    expect(before).not.toMatch(/\b1 (items|SOPs|requests)\b/);
    await w.services.db.insert(informasi).values({
      tenantId: f.tenant.id,
      unitId: f.unitA.id,
      penguasaInformasi: 'Sekretariat',
      bentuk: 'softcopy',
      tautan: [],
      klasifikasi: 'setiap_saat',
      judul: 'Daftar aset',
      ringkasan: 'Aset dinas.',
    });
    expect(await english()).toContain(' · 2 items</p>');
    // Indonesian has no plural: the same words for one and many.
    const indonesian = await page('/dinas-a/ppid/emonev');
    expect(indonesian).toContain(' · 2 informasi</p>');
    expect(indonesian).toContain(' · 1 informasi</p>');
  });
});
