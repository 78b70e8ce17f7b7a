import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { onSiteChanged, type SiteChange } from '../site/site-changed.ts';
import { alumni } from './schema.ts';

let w: TestWarta;
let f: Fixture;
let anon: TestClient;
let head: TestClient;
let writer: TestClient;
let editorB: TestClient;
const changes: SiteChange[] = [];

const as = async (email: string) => {
  const client = new TestClient(w.app);
  const res = await client.signIn(email, PASSWORD);
  if (res.status !== 200) throw new Error(`sign-in ${email}`);
  return client;
};

/** Posts a multipart form the way the admin screen's file input does. */
async function upload(client: TestClient, unitId: string, file: Uint8Array | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([typeof file === 'string' ? file : new Uint8Array(file)], 'alumni.csv'));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const headers: Record<string, string> = { 'accept-language': 'id' };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await w.app.request(`/api/units/${unitId}/alumni/impor`, { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() };
}

const rowsOf = async (unitId: string) => w.services.db.select().from(alumni).where(eq(alumni.unitId, unitId));
const entry = {
  program: 'Diklat PIM Tk. IV',
  tahun: 2025,
  angkatan: 'II',
  nama: 'Maria Contoh',
  nip: '19880620 201001 2 001',
  instansi: 'Dinas Uji',
  jabatan: 'Kepala Seksi',
};
const page = async (path: string) => {
  const res = await w.app.request(path, { headers: { host: 'ujiprov.go.id' } });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'editor', 'editor-b', PASSWORD);
  anon = new TestClient(w.app);
  head = await as(f.headA.email);
  writer = await as(f.writerA.email);
  editorB = await as('editor-b@uji.test');
  onSiteChanged((c) => changes.push(c));
});
afterAll(() => w.stop());

describe('alumni API', () => {
  let id: string;
  it('POST /api/units/:id/alumni: 401, 403, 400 naming the field, 201 with an audit row and a site change', async () => {
    const path = `/api/units/${f.unitA.id}/alumni`;
    expect((await anon.post(path, entry)).status).toBe(401);
    // A kontributor writes news but does not keep the site; another unit's editor keeps only theirs.
    expect((await writer.post(path, entry)).status).toBe(403);
    expect((await editorB.post(path, entry)).status).toBe(403);
    const noName = await head.post(path, { ...entry, nama: ' ' });
    expect([noName.status, noName.body.field]).toEqual([400, 'nama']);
    const badNip = await head.post(path, { ...entry, nip: '12345' });
    expect([badNip.status, badNip.body.field]).toEqual([400, 'nip']);
    expect((await head.post(path, { ...entry, tahun: 1800 })).body.field).toBe('tahun');
    changes.length = 0;
    const res = await head.post(path, entry);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ nama: 'Maria Contoh', nip: '198806202010012001', program: 'Diklat PIM Tk. IV' });
    id = res.body.id;
    // Announced on commit through the change feed, so it arrives a moment after the answer.
    await vi.waitFor(() => expect(changes).toEqual([expect.objectContaining({ tenantId: f.tenant.id, unitId: f.unitA.id, reason: 'alumni' })]));
    const audit = await w.services.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['alumni.created']);
  });

  it('GET /api/units/:id/alumni: 401, 403, 400, 200 with programmes and years', async () => {
    const path = `/api/units/${f.unitA.id}/alumni`;
    expect((await anon.get(path)).status).toBe(401);
    expect((await writer.get(path)).status).toBe(403);
    expect((await head.get(`${path}?tahun=abc`)).status).toBe(400);
    const res = await head.get(path);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.programs).toEqual([{ program: 'Diklat PIM Tk. IV', tahun: [{ tahun: 2025, jumlah: 1 }] }]);
  });

  it('PUT and DELETE /api/alumni/:id: 401, 403, 400, 200/204, each audited', async () => {
    const path = `/api/alumni/${id}`;
    expect((await anon.request('PUT', path, entry)).status).toBe(401);
    expect((await editorB.request('PUT', path, entry)).status).toBe(403);
    expect((await head.request('PUT', path, { ...entry, program: '' })).body.field).toBe('program');
    const res = await head.request('PUT', path, { ...entry, jabatan: 'Kepala Bidang' });
    expect([res.status, res.body.jabatan]).toEqual([200, 'Kepala Bidang']);
    expect((await anon.request('DELETE', path)).status).toBe(401);
    expect((await editorB.request('DELETE', path)).status).toBe(403);
    expect((await head.request('DELETE', path)).status).toBe(204);
    expect(await rowsOf(f.unitA.id)).toHaveLength(0);
    const audit = await w.services.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['alumni.created', 'alumni.updated', 'alumni.deleted']);
  });
});

const csv = [
  'DAFTAR PESERTA DIKLAT PIM TK. IV ANGKATAN I TAHUN 2024,,,',
  'NO,NAMA,NIP,INSTANSI,JABATAN',
  '1,"Rina Contoh, S.Kom",19880620 201001 2 001,Dinas Uji A,Kepala Subbagian Umum',
  '2,Yusuf Karangan,,Badan Uji B,Kepala Seksi Data',
  '3,,,Dinas Uji C,Analis',
  '4,Dedi Fiktif,12345,Dinas Uji D,Pengelola Data',
].join('\n');
const defaults = { program: 'Diklat PIM Tk. IV', angkatan: 'I', tahun: '2024' };

describe('alumni import', () => {
  it('needs a session and the right to keep the unit’s site', async () => {
    expect((await upload(anon, f.unitA.id, csv, defaults)).status).toBe(401);
    expect((await upload(writer, f.unitA.id, csv, defaults)).status).toBe(403);
  });

  it('refuses a CSV with bad rows row by row and writes nothing', async () => {
    const res = await upload(head, f.unitA.id, csv, { ...defaults, dryRun: 'false' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('Ada 2 baris yang bermasalah; tidak ada data yang disimpan.');
    expect(res.body.rows.map((r: { row: number; errors: Array<{ field: string }> }) => [r.row, r.errors.map((e) => e.field)])).toEqual([
      [3, []],
      [4, []],
      [5, ['nama']],
      [6, ['nip']],
    ]);
    expect(await rowsOf(f.unitA.id)).toHaveLength(0);
  });

  it('refuses an XLSX with a bad year and writes nothing; previews and then imports a good one once', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Peserta');
    sheet.addRow(['Nama', 'Instansi', 'Jabatan', 'Program', 'Angkatan', 'Tahun']);
    sheet.addRow(['Rina Contoh', 'Dinas Uji A', 'Kepala Subbagian', 'Latsar CPNS', 'III', '2023']);
    sheet.addRow(['Yusuf Karangan', 'Badan Uji B', 'Analis', 'Latsar CPNS', 'III', '20x3']);
    const bad = new Uint8Array(await book.xlsx.writeBuffer());
    const refused = await upload(head, f.unitA.id, bad, { dryRun: 'false' });
    expect(refused.status).toBe(400);
    expect(refused.body.rows[1].errors).toEqual([{ field: 'tahun', message: expect.stringContaining('Tahun harus') }]);
    expect(await rowsOf(f.unitA.id)).toHaveLength(0);

    sheet.getRow(3).getCell(6).value = '2023';
    const good = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = await upload(head, f.unitA.id, good);
    expect([preview.status, preview.body.ok, preview.body.dryRun]).toEqual([200, true, true]);
    expect(await rowsOf(f.unitA.id)).toHaveLength(0);
    const applied = await upload(head, f.unitA.id, good, { dryRun: 'false' });
    expect([applied.status, applied.body.created]).toEqual([200, 2]);
    // The same file again adds nobody: both rows are reported as already listed.
    const again = await upload(head, f.unitA.id, good, { dryRun: 'false' });
    expect([again.body.created, again.body.rows.every((r: { existing: boolean }) => r.existing)]).toEqual([0, true]);
    expect(await rowsOf(f.unitA.id)).toHaveLength(2);
  });
});

describe('GET /{unit}/alumni', () => {
  it('lists programmes and years, then one year’s participants without their NIP, working without JavaScript', async () => {
    await head.post(`/api/units/${f.unitA.id}/alumni`, { ...entry, nama: 'Nama Ber<b>tanda</b>' });
    const index = await page('/dinas-a/alumni');
    expect(index.status).toBe(200);
    expect(index.html).toContain('<h2>Diklat PIM Tk. IV</h2>');
    expect(index.html).toContain('<h2>Latsar CPNS</h2>');
    expect(index.html).toContain('href="/dinas-a/alumni?program=Latsar+CPNS&amp;tahun=2023"');
    expect(index.html).not.toContain('<script');
    const year = await page('/dinas-a/alumni?program=Diklat+PIM+Tk.+IV&tahun=2025');
    expect(year.status).toBe(200);
    expect(year.html).toContain('Nama Ber&lt;b&gt;tanda&lt;/b&gt;');
    expect(year.html).toContain('Dinas Uji');
    expect(year.html).not.toContain('198806202010012001');
    expect(year.html).not.toContain('19880620');
    expect((await page('/dinas-a/alumni?program=Diklat+PIM+Tk.+IV&tahun=1999')).status).toBe(404);
    expect((await page('/dinas-a/alumni?program=Latsar+CPNS&tahun=2023&halaman=2')).status).toBe(404);
    expect((await page('/dinas-a/alumni?lang=en')).html).toContain('(2 participants)');
    // Another unit's list is its own.
    expect((await page('/badan-b/alumni')).html).toContain('Belum ada data alumni');
  });
});
