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

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

describe('tenant', () => {
  it('needs a session', async () => {
    expect((await new TestClient(w.app).get('/api/tenant')).status).toBe(401);
    expect((await new TestClient(w.app).patch('/api/tenant', { name: 'X' })).status).toBe(401);
  });

  it('is readable by any signed-in user and changeable only by an admin', async () => {
    const writer = await as(f.writerA);
    expect((await writer.get('/api/tenant')).body).toMatchObject({ id: f.tenant.id, timeZone: 'Asia/Makassar' });
    expect((await writer.patch('/api/tenant', { name: 'Provinsi Lain' })).status).toBe(403);
  });

  it('refuses a domain outside go.id and an unknown time zone, naming the field', async () => {
    const admin = await as(f.admin);
    const domain = await admin.patch('/api/tenant', { domain: 'ujiprov.com' });
    expect(domain.status).toBe(400);
    expect(domain.body).toMatchObject({ code: 'invalid', field: 'domain' });
    expect(domain.body.message).toContain('.go.id');
    expect((await admin.patch('/api/tenant', { timeZone: 'Asia/Tokyo' })).body).toMatchObject({ field: 'timeZone' });
  });

  it('changes the settings and records the change', async () => {
    const admin = await as(f.admin);
    const res = await admin.patch('/api/tenant', {
      name: 'Pemerintah Provinsi Uji Baru',
      domain: 'UjiBaru.go.id',
      timeZone: 'Asia/Jayapura',
      require2faForAdmins: false,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Pemerintah Provinsi Uji Baru', domain: 'ujibaru.go.id', timeZone: 'Asia/Jayapura' });
    const [row] = await auditRows('tenant.updated', f.tenant.id);
    expect(row?.before).toMatchObject({ timeZone: 'Asia/Makassar' });
    expect(row?.after).toMatchObject({ timeZone: 'Asia/Jayapura' });
  });
});

describe('units', () => {
  it('needs a session', async () => {
    const anon = new TestClient(w.app);
    expect((await anon.get('/api/units')).status).toBe(401);
    expect((await anon.post('/api/units', { name: 'Dinas X', slug: 'dinas-x', kind: 'dinas' })).status).toBe(401);
    expect((await anon.patch(`/api/units/${f.unitA.id}`, { phone: '0380 123' })).status).toBe(401);
  });

  it('lists every unit flat with parentId for any signed-in user', async () => {
    const res = await (await as(f.outsider)).get('/api/units');
    expect(res.status).toBe(200);
    expect(res.body.items.map((u: { slug: string }) => u.slug).sort()).toEqual(['badan-b', 'dinas-a']);
    expect(res.body.items[0]).toHaveProperty('parentId');
    expect((await (await as(f.outsider)).get(`/api/units/${f.unitB.id}`)).body).toMatchObject({ host: 'badanb.ujiprov.go.id' });
  });

  it('lets only an admin create a unit', async () => {
    const res = await (await as(f.headA)).post('/api/units', { name: 'Dinas X', slug: 'dinas-x', kind: 'dinas' });
    expect(res.status).toBe(403);
  });

  it('validates slug, kind, tier and host, naming the field', async () => {
    const admin = await as(f.admin);
    const base = { name: 'Balai Uji', slug: 'balai-uji', kind: 'balai' };
    expect((await admin.post('/api/units', { ...base, slug: 'Balai Uji' })).body).toMatchObject({ code: 'invalid', field: 'slug' });
    expect((await admin.post('/api/units', { ...base, kind: 'kementerian' })).body).toMatchObject({ field: 'kind' });
    expect((await admin.post('/api/units', { ...base, tier: 4 })).body).toMatchObject({ field: 'tier' });
    expect((await admin.post('/api/units', { ...base, host: 'bukan host' })).body).toMatchObject({ field: 'host' });
    const dupe = await admin.post('/api/units', { ...base, slug: 'dinas-a' });
    expect(dupe.status).toBe(409);
    expect(dupe.body.field).toBe('slug');
    const host = await admin.post('/api/units', { ...base, host: 'BadanB.ujiprov.go.id' });
    expect(host.status).toBe(409);
    expect(host.body.field).toBe('host');
  });

  it('creates a unit under a parent, with audit, and refuses cycles', async () => {
    const admin = await as(f.admin);
    const res = await admin.post('/api/units', {
      name: 'Balai Uji',
      slug: 'balai-uji',
      kind: 'balai',
      tier: 3,
      parentId: f.unitB.id,
      host: 'Balai.UjiProv.go.id',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ parentId: f.unitB.id, tier: 3, host: 'balai.ujiprov.go.id', active: true });
    expect(await auditRows('unit.created', res.body.id)).toHaveLength(1);
    const cycle = await admin.patch(`/api/units/${f.unitB.id}`, { parentId: res.body.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body).toMatchObject({ field: 'parentId' });
    const self = await admin.patch(`/api/units/${f.unitB.id}`, { parentId: f.unitB.id });
    expect(self.body).toMatchObject({ field: 'parentId' });
    const unknown = await admin.post('/api/units', { name: 'Yatim', slug: 'yatim', kind: 'balai', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.body).toMatchObject({ code: 'invalid', field: 'parentId' });
  });

  it('lets the unit head change contact fields only, and not of another unit', async () => {
    const head = await as(f.headA);
    const ok = await head.patch(`/api/units/${f.unitA.id}`, { phone: '(0380) 821 234', email: 'humas@dinasa.ujiprov.go.id' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ phone: '(0380) 821 234' });
    expect(await auditRows('unit.updated', f.unitA.id)).toHaveLength(1);
    expect((await head.patch(`/api/units/${f.unitA.id}`, { name: 'Dinas Baru' })).status).toBe(403);
    expect((await head.patch(`/api/units/${f.unitB.id}`, { phone: '0380 1' })).status).toBe(403);
    expect((await head.patch(`/api/units/${f.unitA.id}`, { email: 'bukan-email' })).body).toMatchObject({ code: 'invalid', field: 'email' });
  });

  it('deactivates a unit instead of deleting it', async () => {
    const admin = await as(f.admin);
    const created = await admin.post('/api/units', { name: 'Kantor Lama', slug: 'kantor-lama', kind: 'kantor' });
    const res = await admin.patch(`/api/units/${created.body.id}`, { active: false });
    expect(res.body.active).toBe(false);
    expect(await auditRows('unit.deactivated', created.body.id)).toHaveLength(1);
    expect((await admin.get('/api/units')).body.items.find((u: { id: string }) => u.id === created.body.id)).toMatchObject({ active: false });
  });

  it('answers 404 for a unit that is not there', async () => {
    const res = await (await as(f.admin)).get('/api/units/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect((await (await as(f.admin)).get('/api/units/not-a-uuid')).body).toMatchObject({ field: 'id' });
  });
});

describe('bidang', () => {
  it('needs a session', async () => {
    expect((await new TestClient(w.app).get(`/api/units/${f.unitA.id}/bidang`)).status).toBe(401);
    expect((await new TestClient(w.app).post(`/api/units/${f.unitA.id}/bidang`, { name: 'Teknis', slug: 'teknis' })).status).toBe(401);
  });

  it('lets the unit head manage their own unit’s bidang only', async () => {
    const head = await as(f.headA);
    expect((await head.post(`/api/units/${f.unitB.id}/bidang`, { name: 'Teknis', slug: 'teknis' })).status).toBe(403);
    expect((await (await as(f.writerA)).post(`/api/units/${f.unitA.id}/bidang`, { name: 'Teknis', slug: 'teknis' })).status).toBe(403);
    const bad = await head.post(`/api/units/${f.unitA.id}/bidang`, { name: 'Teknis', slug: 'Teknis!' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('slug');
    const created = await head.post(`/api/units/${f.unitA.id}/bidang`, { name: 'Teknis', slug: 'teknis', sortOrder: 2 });
    expect(created.status).toBe(201);
    expect(await auditRows('bidang.created', created.body.id)).toHaveLength(1);
    expect((await head.post(`/api/units/${f.unitA.id}/bidang`, { name: 'Teknis 2', slug: 'teknis' })).status).toBe(409);
    const list = await (await as(f.outsider)).get(`/api/units/${f.unitA.id}/bidang`);
    expect(list.body.items.map((b: { slug: string }) => b.slug)).toEqual(['umum', 'teknis']);

    const renamed = await head.patch(`/api/bidang/${created.body.id}`, { name: 'Bidang Teknis' });
    expect(renamed.body.name).toBe('Bidang Teknis');
    expect(await auditRows('bidang.updated', created.body.id)).toHaveLength(1);
    expect((await (await as(f.writerA)).delete(`/api/bidang/${created.body.id}`)).status).toBe(403);
    expect((await head.delete(`/api/bidang/${created.body.id}`)).status).toBe(204);
    expect(await auditRows('bidang.deleted', created.body.id)).toHaveLength(1);
    expect((await head.patch(`/api/bidang/${created.body.id}`, { name: 'Lagi' })).status).toBe(404);
  });
});
