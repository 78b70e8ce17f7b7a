import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { people, teamMembers } from './schema.ts';

let w: TestWarta;
let f: Fixture;
const as = async (who: { email: string }) => {
  const client = new TestClient(w.app);
  await client.signIn(who.email, PASSWORD);
  return client;
};

/** Posts a multipart form the way the admin SPA's file input does. */
async function upload(client: TestClient, file: Uint8Array | string, fields: Record<string, string> = {}, name = 'tim.csv') {
  const form = new FormData();
  form.set('file', new File([typeof file === 'string' ? file : new Uint8Array(file)], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const headers: Record<string, string> = { 'accept-language': client.lang };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await w.app.request('/api/imports/team-members', { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() };
}

const count = async () => ({
  people: (await w.services.db.select().from(people)).length,
  members: (await w.services.db.select().from(teamMembers)).length,
});

// Laid out like Lampiran II of a team decree: the unit is written once per group.
const csv = [
  'DAFTAR NAMA TIM PUBLIKASI DAN INFORMASI,,,',
  'NO,NAMA,JABATAN,PERANGKAT DAERAH',
  '1.,"Rina Contoh, S.Kom NIP.19880620 201001 2 001",Pranata Humas Ahli Muda,Dinas Uji A',
  ',"Dedi Fiktif, S.E",Tenaga Harian Lepas,',
  ',Orang kepala-a,Kepala Dinas,',
  '2.,"Yusuf Karangan NIP. 19791107 200502 1 002",Analis Publikasi,badan-b',
  ',"Dedi Fiktif, S.E",Tenaga Harian Lepas,',
].join('\n');

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('team member import', () => {
  it('needs a session and the import right', async () => {
    expect((await upload(new TestClient(w.app), csv)).status).toBe(401);
    expect((await upload(await as(f.headA), csv, { dryRun: 'false' })).status).toBe(403);
  });

  it('refuses a missing file, a file that is neither CSV nor XLSX, and a file over 2 MB', async () => {
    const admin = await as(f.admin);
    const form = new FormData();
    form.set('dryRun', 'true');
    const missing = await w.app.request('/api/imports/team-members', {
      method: 'POST',
      body: form,
      headers: { cookie: admin.cookie!, 'x-csrf-token': admin.csrf! },
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'invalid', field: 'file' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
    expect((await upload(admin, png, {}, 'tim.xlsx')).body).toMatchObject({ code: 'invalid', field: 'file' });
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await upload(admin, fakeZip, {}, 'tim.xlsx')).body).toMatchObject({ code: 'invalid', field: 'file' });
    const big = await upload(admin, `${csv}\n${'x'.repeat(2 * 1024 * 1024)}`);
    expect(big.status).toBe(400);
    expect(big.body).toMatchObject({ field: 'file' });
    expect((await upload(admin, 'a,b,c\n1,2,3')).body).toMatchObject({ field: 'file', message: expect.stringContaining('NAMA') });
  });

  it('previews a CSV on a dry run: carried-down units, NIP split from the name, existing people, no writes', async () => {
    const before = await count();
    const res = await upload(await as(f.admin), csv, { dryRun: 'true' });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.created).toBeUndefined();
    expect(res.body.rows.map((r: { row: number; unit: string; person: string }) => [r.row, r.unit, r.person])).toEqual([
      [3, 'Dinas Uji A', 'new'],
      [4, 'Dinas Uji A', 'new'],
      [5, 'Dinas Uji A', 'existing'],
      [6, 'badan-b', 'new'],
      [7, 'badan-b', 'new'],
    ]);
    expect(res.body.rows[0]).toMatchObject({
      name: 'Rina Contoh, S.Kom',
      nip: '198806202010012001',
      position: 'Pranata Humas Ahli Muda',
      role: 'anggota',
      errors: [],
    });
    expect(await count()).toEqual(before);
  });

  it('writes nothing when one row has a bad NIP, an unknown unit or repeats another row', async () => {
    const before = await count();
    const bad = [
      'No;Nama;Jabatan;Perangkat  Daerah;Peran',
      '1;Ani Rekaan NIP. 19880620 201001 3 001;Analis;Dinas Uji A;Redaktur',
      ';Beni Rekaan;THL;;kameramen',
      '2;Cici Rekaan;THL;Dinas Tidak Ada;',
      '3;Dodi Rekaan;THL;Dinas Uji A;Koki',
      ';Beni Rekaan;THL;dinas uji a.;Kameramen / Pilot drone',
    ].join('\r\n');
    const res = await upload(await as(f.admin), bad, { dryRun: 'false' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'file', ok: false });
    const errors = res.body.rows.map((r: { errors: Array<{ field: string }> }) => r.errors.map((e) => e.field));
    expect(errors).toEqual([['nip'], [], ['unit'], ['role'], ['row']]);
    expect(res.body.rows[0].errors[0].message).toContain('jenis kelamin');
    expect(res.body.rows[2].errors[0].message).toContain('Dinas Tidak Ada');
    expect(res.body.rows[1]).toMatchObject({ role: 'kameramen', unit: 'Dinas Uji A' });
    expect(await count()).toEqual(before);
  });

  it('imports a CSV in one transaction with audit rows, creating each new person once', async () => {
    const admin = await as(f.admin);
    const decree = await admin.post('/api/decrees', { number: '100/7/2024', date: '2024-07-01', title: 'Tim Publikasi', signerName: 'Gubernur Uji' });
    const before = await count();
    const res = await upload(admin, csv, { dryRun: 'false', decreeId: decree.body.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, created: { people: 3, members: 5 } });
    expect(await count()).toEqual({ people: before.people + 3, members: before.members + 5 });
    const dedi = await w.services.db.select().from(people).where(eq(people.name, 'Dedi Fiktif, S.E'));
    expect(dedi).toHaveLength(1);
    expect(await w.services.db.select().from(teamMembers).where(eq(teamMembers.personId, dedi[0]!.id))).toHaveLength(2);
    const members = (await admin.get(`/api/decrees/${decree.body.id}`)).body.members;
    expect(members).toHaveLength(5);
    const audit = await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'team_import.applied'));
    expect(audit[0]?.after).toMatchObject({ people: 3, members: 5 });
    expect(
      await w.services.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'person.created'), eq(auditLog.entityId, dedi[0]!.id))),
    ).toHaveLength(1);

    // The same list again matches everyone by NIP or name and adds nothing.
    const again = await upload(admin, csv, { dryRun: 'false' });
    expect(again.body).toMatchObject({ ok: true, created: { people: 0, members: 0 } });
    expect(again.body.rows.every((r: { person: string; member: string }) => r.person === 'existing' && r.member === 'existing')).toBe(true);
  });

  it('imports an XLSX built with exceljs, with header variants and an extra title row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lampiran II');
    sheet.addRow(['LAMPIRAN II KEPUTUSAN GUBERNUR UJI']);
    sheet.addRow([]);
    sheet.addRow([' no ', 'Nama', 'jabatan', 'Perangkat Daerah', 'PERAN']);
    sheet.addRow([1, 'Eka Khayalan NIP.19900101 201503 2 004', 'Pranata Komputer', 'Badan Uji B', 'admin_medsos']);
    sheet.addRow([null, 'Fajar Khayalan', 'Tenaga Harian Lepas', null, 'Editor video']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const admin = await as(f.admin);
    const preview = await upload(admin, bytes, { dryRun: 'true' }, 'tim.csv');
    expect(preview.body.rows.map((r: { name: string; unit: string; role: string }) => [r.name, r.unit, r.role])).toEqual([
      ['Eka Khayalan', 'Badan Uji B', 'admin_medsos'],
      ['Fajar Khayalan', 'Badan Uji B', 'editor_video'],
    ]);
    const res = await upload(admin, bytes, { dryRun: 'false' }, 'tim.xlsx');
    expect(res.body).toMatchObject({ ok: true, created: { people: 2, members: 2 } });
    const team = (await admin.get(`/api/units/${f.unitB.id}/team`)).body.items;
    expect(team).toContainEqual(expect.objectContaining({ role: 'admin_medsos', person: expect.objectContaining({ nip: '199001012015032004' }) }));
  });
});
