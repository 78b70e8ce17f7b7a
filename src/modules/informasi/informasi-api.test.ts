import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { hashPassword } from '../auth/password.ts';
import { users } from '../auth/schema.ts';
import { people, teamMembers } from '../org/schema.ts';
import { addMonths, todayIn } from './informasi-dates.ts';

let w: TestWarta;
let f: Fixture;
const ppidA = { email: 'ppid-a@uji.test' };

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  const db = w.services.db;
  const [person] = await db.insert(people).values({ tenantId: f.tenant.id, name: 'Petugas PPID A', email: ppidA.email }).returning();
  await db
    .insert(users)
    .values({ tenantId: f.tenant.id, personId: person!.id, email: ppidA.email, displayName: 'Petugas PPID A', passwordHash: await hashPassword(PASSWORD) });
  await db.insert(teamMembers).values({ unitId: f.unitA.id, personId: person!.id, role: 'ppid_pelaksana' });
});
afterAll(() => w.stop());

const as = async (who: { email: string }) => {
  const client = new TestClient(w.app);
  expect((await client.signIn(who.email, PASSWORD)).status).toBe(200);
  return client;
};
const auditRows = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

const publicItem = {
  klasifikasi: 'setiap_saat',
  judul: 'Daftar Aset Kendaraan Dinas',
  ringkasan: 'Rekap kendaraan dinas roda dua dan roda empat per bidang.',
  penguasaInformasi: 'Subbagian Umum',
  waktuPembuatan: 'Januari 2024',
  tempatPembuatan: 'Kota Uji',
  bentuk: 'keduanya',
  jangkaWaktuPenyimpanan: '5 tahun',
  tautan: [{ judul: 'Rekap aset 2024', url: 'https://data.uji.test/aset-2024.pdf' }],
  tanggalTerbit: '2024-02-01',
};
const exemptItem = {
  klasifikasi: 'dikecualikan',
  judul: 'Berkas Penyidikan Pelanggaran Perda',
  ringkasan: 'Berkas yang sedang disidik PPNS.',
  penguasaInformasi: 'Bidang Penegakan Perda',
  bentuk: 'hardcopy',
  pasal17Huruf: 'a',
  dasarHukum: 'UU 14/2008 Pasal 17 huruf a angka 1; KUHAP',
  ujiKonsekuensi: 'Membuka berkas selama penyidikan dapat menghambat proses penyidikan.',
  masaPengecualian: 'selama proses penyidikan',
  pengecualianBerakhir: '2030-12-31',
  penetapanNomor: '01/PPID-A/2024',
  penetapanTanggal: '2024-03-01',
};

describe('information list API', () => {
  it('needs a session for every route', async () => {
    const anon = new TestClient(w.app);
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await anon.get(`/api/units/${f.unitA.id}/informasi`)).status).toBe(401);
    expect((await anon.post(`/api/units/${f.unitA.id}/informasi`, publicItem)).status).toBe(401);
    expect((await anon.get(`/api/informasi/${id}`)).status).toBe(401);
    expect((await anon.patch(`/api/informasi/${id}`, { judul: 'X' })).status).toBe(401);
    expect((await anon.post(`/api/informasi/${id}/arsip`, {})).status).toBe(401);
  });

  it('lets only the unit’s PPID and admins write', async () => {
    expect((await (await as(f.writerA)).post(`/api/units/${f.unitA.id}/informasi`, publicItem)).status).toBe(403);
    expect((await (await as(f.headA)).post(`/api/units/${f.unitA.id}/informasi`, publicItem)).status).toBe(403);
    const ppid = await as(ppidA);
    expect((await ppid.post(`/api/units/${f.unitB.id}/informasi`, publicItem)).status).toBe(403);
    const ofB = await (await as(f.admin)).post(`/api/units/${f.unitB.id}/informasi`, publicItem);
    expect(ofB.status).toBe(201);
    expect((await ppid.patch(`/api/informasi/${ofB.body.id}`, { judul: 'Diubah' })).status).toBe(403);
    expect((await ppid.post(`/api/informasi/${ofB.body.id}/arsip`, {})).status).toBe(403);
    // Reading is for every staff member of the tenant.
    expect((await (await as(f.outsider)).get(`/api/informasi/${ofB.body.id}`)).body).toMatchObject({ judul: publicItem.judul });
  });

  it('refuses bad input naming the field', async () => {
    const ppid = await as(ppidA);
    const post = (body: unknown) => ppid.post(`/api/units/${f.unitA.id}/informasi`, body);
    expect((await post({ ...publicItem, judul: ' ' })).body).toMatchObject({ code: 'invalid', field: 'judul' });
    expect((await post({ ...publicItem, klasifikasi: 'rahasia' })).body).toMatchObject({ field: 'klasifikasi' });
    expect((await post({ ...publicItem, tanggalTerbit: undefined })).body).toMatchObject({ field: 'tanggalTerbit' });
    const js = await post({ ...publicItem, tautan: [{ judul: 'x', url: 'javascript:alert(1)' }] });
    expect(js.body).toMatchObject({ code: 'invalid', field: 'tautan.0.url' });
    expect(js.body.message).toContain('https://');
    // Berkala information is renewed at least every six months.
    const late = await post({ ...publicItem, klasifikasi: 'berkala', tanggalTerbit: '2024-08-31', pembaruanBerikutnya: '2025-03-01' });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ field: 'pembaruanBerikutnya' });
    expect(late.body.message).toContain('2025-02-28');
  });

  it('refuses exempt information without a complete consequence test', async () => {
    const ppid = await as(ppidA);
    for (const field of ['pasal17Huruf', 'dasarHukum', 'ujiKonsekuensi', 'pengecualianBerakhir', 'penetapanNomor', 'penetapanTanggal']) {
      const res = await ppid.post(`/api/units/${f.unitA.id}/informasi`, { ...exemptItem, [field]: null });
      expect(res.status, field).toBe(400);
      expect(res.body.field).toBe(field);
      expect(res.body.message).toContain('Uji konsekuensi belum lengkap');
    }
    const ended = await ppid.post(`/api/units/${f.unitA.id}/informasi`, { ...exemptItem, pengecualianBerakhir: '2024-02-01' });
    expect(ended.body).toMatchObject({ field: 'pengecualianBerakhir' });
    // Reclassifying an open item as exempt needs the test too.
    const open = await ppid.post(`/api/units/${f.unitA.id}/informasi`, publicItem);
    const reclassified = await ppid.patch(`/api/informasi/${open.body.id}`, { klasifikasi: 'dikecualikan' });
    expect(reclassified.body).toMatchObject({ code: 'invalid', field: 'pasal17Huruf' });
  });

  it('adds berkala information with the default next update six months on, and records it', async () => {
    const ppid = await as(ppidA);
    const res = await ppid.post(`/api/units/${f.unitA.id}/informasi`, {
      ...publicItem,
      klasifikasi: 'berkala',
      judul: 'Laporan Realisasi Anggaran',
      tanggalTerbit: '2024-08-31',
    });
    expect(res.status).toBe(201);
    // 31 August + 6 months has no 31st: the last day of February 2025.
    expect(res.body).toMatchObject({ klasifikasi: 'berkala', unitId: f.unitA.id, pembaruanBerikutnya: '2025-02-28', pasal17Huruf: null });
    const [row] = await auditRows('informasi.created', res.body.id);
    expect(row?.after).toMatchObject({ judul: 'Laporan Realisasi Anggaran', pembaruanBerikutnya: '2025-02-28' });
  });

  it('flags overdue berkala information and exemptions whose period has ended', async () => {
    const ppid = await as(ppidA);
    const today = todayIn('Asia/Makassar');
    const post = async (body: object) => (await ppid.post(`/api/units/${f.unitA.id}/informasi`, body)).body;
    const overdue = await post({ ...publicItem, klasifikasi: 'berkala', judul: 'Profil Dinas 2020', tanggalTerbit: '2020-01-15' });
    expect(overdue).toMatchObject({ pembaruanBerikutnya: '2020-07-15', perluDiperbarui: true, perluDibukaKembali: false });
    const current = await post({ ...publicItem, klasifikasi: 'berkala', judul: 'Profil Dinas Kini', tanggalTerbit: today });
    expect(current).toMatchObject({ pembaruanBerikutnya: addMonths(today, 6), perluDiperbarui: false });
    const expired = await post({ ...exemptItem, judul: 'Berkas Lama', penetapanTanggal: '2019-01-10', pengecualianBerakhir: '2021-01-10' });
    expect(expired).toMatchObject({ perluDibukaKembali: true, perluDiperbarui: false });
    const inForce = await post({ ...exemptItem, judul: 'Berkas Berjalan' });
    expect(inForce).toMatchObject({ perluDibukaKembali: false });
    expect((await ppid.get(`/api/informasi/${overdue.id}`)).body).toMatchObject({ perluDiperbarui: true });
  });

  it('searches title and summary by word prefix, and filters by class', async () => {
    const ppid = await as(ppidA);
    await ppid.post(`/api/units/${f.unitA.id}/informasi`, {
      ...publicItem,
      klasifikasi: 'serta_merta',
      judul: 'Peringatan Dini Banjir',
      ringkasan: 'Wilayah rawan genangan musim hujan.',
    });
    const list = (query: string) => ppid.get(`/api/units/${f.unitA.id}/informasi?${query}`).then((r) => r.body.items.map((i: { judul: string }) => i.judul));
    expect(await list('q=banjir')).toEqual(['Peringatan Dini Banjir']);
    expect(await list('q=GENANG')).toEqual(['Peringatan Dini Banjir']);
    expect(await list('q=anggar')).toEqual(['Laporan Realisasi Anggaran']);
    expect(await list('q=dini%20banj')).toEqual(['Peringatan Dini Banjir']);
    expect(await list(`q=${encodeURIComponent("'&|!:* ()")}`)).toContain('Peringatan Dini Banjir');
    expect(await list('q=tidakadasamasekali')).toEqual([]);
    const exempt = await list('klasifikasi=dikecualikan');
    expect(exempt.length).toBeGreaterThan(0);
    expect(exempt).not.toContain('Peringatan Dini Banjir');
    expect((await ppid.get(`/api/units/${f.unitA.id}/informasi?klasifikasi=rahasia`)).body).toMatchObject({ field: 'klasifikasi' });
    expect((await ppid.get('/api/units/00000000-0000-4000-8000-000000000000/informasi')).status).toBe(404);
  });

  it('changes an item and records before and after', async () => {
    const ppid = await as(ppidA);
    const created = (
      await ppid.post(`/api/units/${f.unitA.id}/informasi`, { ...publicItem, klasifikasi: 'berkala', judul: 'Rencana Kerja', tanggalTerbit: '2024-01-10' })
    ).body;
    expect(created.pembaruanBerikutnya).toBe('2024-07-10');
    // Renewing: a new publication date moves the next update with it.
    const res = await ppid.patch(`/api/informasi/${created.id}`, { tanggalTerbit: '2024-07-05', ringkasan: 'Rencana kerja yang diperbarui.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tanggalTerbit: '2024-07-05', pembaruanBerikutnya: '2025-01-05', ringkasan: 'Rencana kerja yang diperbarui.' });
    const [row] = await auditRows('informasi.updated', created.id);
    expect(row?.before).toMatchObject({ tanggalTerbit: '2024-01-10' });
    expect(row?.after).toMatchObject({ tanggalTerbit: '2024-07-05' });
    // Leaving berkala drops its schedule.
    expect((await ppid.patch(`/api/informasi/${created.id}`, { klasifikasi: 'setiap_saat' })).body).toMatchObject({ pembaruanBerikutnya: null });
  });

  it('withdraws an item without deleting it, once', async () => {
    const ppid = await as(ppidA);
    const created = (await ppid.post(`/api/units/${f.unitA.id}/informasi`, { ...publicItem, judul: 'Informasi Ditarik' })).body;
    const res = await ppid.post(`/api/informasi/${created.id}/arsip`, { alasan: 'Digantikan versi baru' });
    expect(res.status).toBe(200);
    expect(res.body.diarsipkanAt).toBeTruthy();
    const [row] = await auditRows('informasi.archived', created.id);
    expect(row?.after).toMatchObject({ alasanArsip: 'Digantikan versi baru' });
    const current = (await ppid.get(`/api/units/${f.unitA.id}/informasi`)).body.items.map((i: { id: string }) => i.id);
    expect(current).not.toContain(created.id);
    const archived = (await ppid.get(`/api/units/${f.unitA.id}/informasi?arsip=1`)).body.items.map((i: { id: string }) => i.id);
    expect(archived).toEqual([created.id]);
    expect((await ppid.post(`/api/informasi/${created.id}/arsip`, {})).status).toBe(409);
    expect((await ppid.patch(`/api/informasi/${created.id}`, { judul: 'Lagi' })).status).toBe(409);
    expect((await ppid.get(`/api/informasi/${created.id}`)).status).toBe(200);
  });
});
