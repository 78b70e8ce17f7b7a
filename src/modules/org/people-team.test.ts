import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';

let w: TestWarta;
let f: Fixture;
const as = async (who: { email: string }) => {
  const client = new TestClient(w.app);
  await client.signIn(who.email, PASSWORD);
  return client;
};
const auditRows = (action: string, entityId: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
const NIP = '19870214 201101 2 003';

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('people', () => {
  it('needs a session', async () => {
    const anon = new TestClient(w.app);
    expect((await anon.get('/api/people')).status).toBe(401);
    expect((await anon.get(`/api/people/${f.writerA.person.id}`)).status).toBe(401);
    expect((await anon.post('/api/people', { name: 'Siti Contoh' })).status).toBe(401);
  });

  it('keeps personal data from accounts without a team role and writes to admins', async () => {
    const outsider = await as(f.outsider);
    expect((await outsider.get('/api/people')).status).toBe(403);
    expect((await outsider.get(`/api/people/${f.writerA.person.id}`)).status).toBe(403);
    const head = await as(f.headA);
    expect((await head.post('/api/people', { name: 'Siti Contoh' })).status).toBe(403);
    expect((await head.patch(`/api/people/${f.writerA.person.id}`, { name: 'X Y' })).status).toBe(403);
  });

  it('refuses a malformed NIP naming the field and what is wrong, in both languages', async () => {
    const admin = await as(f.admin);
    const res = await admin.post('/api/people', { name: 'Siti Contoh', nip: '19870214 201101 5 003' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid', field: 'nip' });
    expect(res.body.message).toContain('jenis kelamin');
    admin.lang = 'en';
    expect((await admin.post('/api/people', { name: 'Siti Contoh', nip: '1987' })).body.message).toContain('18 digits');
    expect((await admin.post('/api/people', { name: 'S' })).body).toMatchObject({ field: 'name' });
  });

  it('creates ASN and non-ASN people, normalising the NIP and keeping it unique', async () => {
    const admin = await as(f.admin);
    const asn = await admin.post('/api/people', { name: 'Siti Contoh, S.Kom', nip: `NIP. ${NIP}`, position: 'Pranata Humas', email: 'siti@uji.test' });
    expect(asn.status).toBe(201);
    expect(asn.body).toMatchObject({ nip: '198702142011012003', position: 'Pranata Humas' });
    expect(await auditRows('person.created', asn.body.id)).toHaveLength(1);
    const thl = await admin.post('/api/people', { name: 'Budi Teladan', position: 'Tenaga Harian Lepas' });
    expect(thl.body.nip).toBeNull();
    const dupe = await admin.post('/api/people', { name: 'Orang Lain', nip: NIP });
    expect(dupe.status).toBe(409);
    expect(dupe.body.field).toBe('nip');

    const found = await (await as(f.writerA)).get('/api/people?q=1987021420');
    expect(found.body.items.map((p: { name: string }) => p.name)).toEqual(['Siti Contoh, S.Kom']);
    expect((await admin.get('/api/people?q=teladan')).body.items).toHaveLength(1);
    const inA = await admin.get(`/api/people?unitId=${f.unitA.id}`);
    expect(inA.body.items.map((p: { id: string }) => p.id).sort()).toEqual([f.headA.person.id, f.writerA.person.id].sort());

    const changed = await admin.patch(`/api/people/${thl.body.id}`, { position: 'Pranata Komputer', nip: '19900505 201503 1 001' });
    expect(changed.body).toMatchObject({ position: 'Pranata Komputer', nip: '199005052015031001' });
    expect(await auditRows('person.updated', thl.body.id)).toHaveLength(1);
    expect((await admin.patch(`/api/people/${thl.body.id}`, { nip: NIP })).status).toBe(409);
  });

  it('shows one person with their roles and audits the view', async () => {
    const res = await (await as(f.writerA)).get(`/api/people/${f.headA.person.id}`);
    expect(res.status).toBe(200);
    expect(res.body.memberships).toEqual([expect.objectContaining({ unitId: f.unitA.id, unitName: 'Dinas Uji A', role: 'penanggung_jawab' })]);
    const [row] = await auditRows('person.viewed', f.headA.person.id);
    expect(row).toMatchObject({ actorId: f.writerA.id });
  });
});

describe('roles', () => {
  it('lists role values with Indonesian and English labels', async () => {
    expect((await new TestClient(w.app).get('/api/roles')).status).toBe(401);
    const res = await (await as(f.outsider)).get('/api/roles');
    expect(res.body.items).toContainEqual({ value: 'redaktur', label: { id: 'Redaktur', en: 'Managing editor' } });
  });
});

describe('teams and decrees', () => {
  let decreeId: string;

  it('needs a session', async () => {
    const anon = new TestClient(w.app);
    expect((await anon.get(`/api/units/${f.unitA.id}/team`)).status).toBe(401);
    expect((await anon.post('/api/decrees', {})).status).toBe(401);
    expect((await anon.delete('/api/team-members/00000000-0000-4000-8000-000000000000')).status).toBe(401);
  });

  it('records a decree (admin only), validating the date', async () => {
    const body = { number: '800/12/DISKOMINFO/2024', date: '2024-03-01', title: 'Pembentukan Tim Publikasi', signerName: 'Kepala Dinas Uji' };
    expect((await (await as(f.headA)).post('/api/decrees', body)).status).toBe(403);
    const admin = await as(f.admin);
    expect((await admin.post('/api/decrees', { ...body, date: '01-03-2024' })).body).toMatchObject({ code: 'invalid', field: 'date' });
    expect((await admin.post('/api/decrees', { ...body, unitId: '00000000-0000-4000-8000-000000000000' })).body).toMatchObject({ field: 'unitId' });
    const res = await admin.post('/api/decrees', { ...body, unitId: f.unitA.id });
    expect(res.status).toBe(201);
    decreeId = res.body.id;
    expect(await auditRows('decree.created', decreeId)).toHaveLength(1);
    const patched = await admin.patch(`/api/decrees/${decreeId}`, { signerPosition: 'Kepala Dinas' });
    expect(patched.body).toMatchObject({ signerPosition: 'Kepala Dinas', date: '2024-03-01' });
    expect(await auditRows('decree.updated', decreeId)).toHaveLength(1);
    expect((await (await as(f.writerA)).patch(`/api/decrees/${decreeId}`, { title: 'Ubah' })).status).toBe(403);
    expect((await (await as(f.writerA)).get('/api/decrees')).body.items).toHaveLength(1);
  });

  it('lets a unit head add members to their own unit only, once per role', async () => {
    const head = await as(f.headA);
    const add = { personId: f.outsider.person.id, role: 'kameramen', decreeId };
    expect((await head.post(`/api/units/${f.unitB.id}/team`, add)).status).toBe(403);
    expect((await (await as(f.writerA)).post(`/api/units/${f.unitA.id}/team`, add)).status).toBe(403);
    expect((await head.post(`/api/units/${f.unitA.id}/team`, { ...add, role: 'juru_masak' })).body).toMatchObject({ code: 'invalid', field: 'role' });
    expect((await head.post(`/api/units/${f.unitA.id}/team`, { ...add, personId: '00000000-0000-4000-8000-000000000000' })).body).toMatchObject({
      field: 'personId',
    });
    const res = await head.post(`/api/units/${f.unitA.id}/team`, add);
    expect(res.status).toBe(201);
    expect(await auditRows('team_member.added', res.body.id)).toHaveLength(1);
    expect((await head.post(`/api/units/${f.unitA.id}/team`, add)).status).toBe(409);
    // One person, several roles in several units.
    const admin = await as(f.admin);
    expect((await admin.post(`/api/units/${f.unitB.id}/team`, { personId: add.personId, role: 'admin_medsos' })).status).toBe(201);
    expect((await head.post(`/api/units/${f.unitA.id}/team`, { personId: add.personId, role: 'editor_video' })).status).toBe(201);

    const team = await head.get(`/api/units/${f.unitA.id}/team`);
    expect(
      team.body.items
        .filter((m: { personId: string }) => m.personId === f.outsider.person.id)
        .map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(['editor_video', 'kameramen']);
    expect(team.body.items[0].person).toHaveProperty('nip');
    const decree = await head.get(`/api/decrees/${decreeId}`);
    expect(decree.body.members).toEqual([
      expect.objectContaining({
        role: 'kameramen',
        person: expect.objectContaining({ id: f.outsider.person.id }),
        unit: { id: f.unitA.id, name: 'Dinas Uji A' },
      }),
    ]);

    const memberB = (await admin.get(`/api/units/${f.unitB.id}/team`)).body.items[0];
    expect((await head.delete(`/api/team-members/${memberB.id}`)).status).toBe(403);
    expect((await head.delete(`/api/team-members/${res.body.id}`)).status).toBe(204);
    expect(await auditRows('team_member.removed', res.body.id)).toHaveLength(1);
    expect((await head.delete(`/api/team-members/${res.body.id}`)).status).toBe(404);
  });
});
