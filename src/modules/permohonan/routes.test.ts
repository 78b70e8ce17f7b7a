import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { listSteps } from '../alur/list-steps.ts';
import { auditLog } from '../audit/schema.ts';
import { addOfficer, sampleRequestBody } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let writer: TestClient;
let ppidB: TestClient;
let atasan: TestClient;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  ppidB = new TestClient(w.app);
  await ppidB.signIn('ppid-b@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  atasan = new TestClient(w.app);
  await atasan.signIn('atasan-a@uji.test', PASSWORD);
});
afterAll(() => w.stop());

const audits = (entityId: string, action: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

describe('POST /api/units/:id/permohonan (staff entry)', () => {
  const path = () => `/api/units/${f.unitA.id}/permohonan`;

  it('needs a session (401) and the unit’s PPID role (403)', async () => {
    expect((await new TestClient(w.app).post(path(), sampleRequestBody())).status).toBe(401);
    expect((await writer.post(path(), sampleRequestBody())).status).toBe(403);
    expect((await ppidB.post(path(), sampleRequestBody())).status).toBe(403);
  });

  it('answers 400 naming the field', async () => {
    const noChannel = await ppid.post(path(), sampleRequestBody({ channel: 'merpati' }));
    expect(noChannel.status).toBe(400);
    expect(noChannel.body).toMatchObject({ code: 'invalid', field: 'channel', message: 'Pilih saluran permohonan.' });
    const future = await ppid.post(path(), sampleRequestBody({ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(future.body).toMatchObject({ code: 'invalid', field: 'receivedAt' });
    const noContact = await ppid.post(path(), sampleRequestBody({ requesterPhone: '', requesterEmail: '', copyDelivery: 'pos' }));
    expect(noContact.body).toMatchObject({ code: 'invalid', field: 'requesterPhone' });
  });

  it('registers a letter with its own receipt time; due date counted from it in WITA', async () => {
    // Thursday 12 March 2026 16:30Z is Friday 13 March 00:30 WITA: day 0 is the 13th, due 6 April.
    const res = await ppid.post(path(), sampleRequestBody({ channel: 'surat', receivedAt: '2026-03-12T16:30:00Z' }));
    expect(res.status).toBe(201);
    expect(res.body.permohonan).toMatchObject({ channel: 'surat', status: 'terdaftar', dueDate: '2026-04-06', number: 'PPID/DINAS-A/2026/00001' });
    expect(res.body.permohonan.trackingTokenHash).toBeUndefined();
    expect(res.body.trackingToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(new Date(res.body.permohonan.registeredAt).getTime()).toBeGreaterThan(new Date(res.body.permohonan.receivedAt).getTime());
    expect(await audits(res.body.permohonan.id, 'permohonan.registered')).toHaveLength(1);
    const [step] = await listSteps(w.services.db, 'permohonan', res.body.permohonan.id);
    expect(step).toMatchObject({ fromStatus: null, toStatus: 'terdaftar', actorLabel: 'ppid-a@uji.test' });
  });
});

describe('GET /api/units/:id/permohonan', () => {
  it('needs a session and the role', async () => {
    expect((await new TestClient(w.app).get(`/api/units/${f.unitA.id}/permohonan`)).status).toBe(401);
    expect((await writer.get(`/api/units/${f.unitA.id}/permohonan`)).status).toBe(403);
    expect((await ppid.get(`/api/units/${f.unitA.id}/permohonan?status=hilang`)).body).toMatchObject({ code: 'invalid', field: 'status' });
  });

  it('sorts by the running due date, flags overdue open requests and leaves out personal data', async () => {
    const late = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody({ channel: 'email', receivedAt: '2026-01-05T02:00:00Z' }));
    const fresh = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody({ channel: 'whatsapp' }));
    const res = await ppid.get(`/api/units/${f.unitA.id}/permohonan?sort=jatuhTempo`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(late.body.permohonan.id)).toBeLessThan(ids.indexOf(fresh.body.permohonan.id));
    const item = res.body.items.find((i: { id: string }) => i.id === late.body.permohonan.id);
    // Monday 5 January 2026: 6–9 and 12–15 January, Isra Mikraj on the 16th, then 19 and 20 January.
    expect(item).toMatchObject({ status: 'terdaftar', overdue: true, dueDate: '2026-01-20' });
    expect(res.body.items.find((i: { id: string }) => i.id === fresh.body.permohonan.id).overdue).toBe(false);
    expect(JSON.stringify(res.body)).not.toContain('Maria');
    const onlyProcessed = await ppid.get(`/api/units/${f.unitA.id}/permohonan?status=diproses`);
    expect(onlyProcessed.body.items).toEqual([]);
  });
});

describe('GET /api/permohonan/:id', () => {
  it('needs a session and the role; another unit’s PPID cannot see it', async () => {
    const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody());
    const path = `/api/permohonan/${created.body.permohonan.id}`;
    expect((await new TestClient(w.app).get(path)).status).toBe(401);
    expect((await writer.get(path)).status).toBe(403);
    expect((await ppidB.get(path)).status).toBe(403);
    expect((await ppid.get('/api/permohonan/bukan-uuid')).body).toMatchObject({ code: 'invalid', field: 'id' });
    expect((await ppid.get('/api/permohonan/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await audits(created.body.permohonan.id, 'permohonan.personal_data_viewed')).toHaveLength(0);
  });

  it('shows the requester’s data with the history and records the view in the audit trail', async () => {
    const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody());
    const res = await ppid.get(`/api/permohonan/${created.body.permohonan.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ requesterName: 'Maria Uji Coba', requesterEmail: 'maria@contoh.test', history: [{ toStatus: 'terdaftar' }] });
    expect(res.body.trackingTokenHash).toBeUndefined();
    const [viewed] = await audits(created.body.permohonan.id, 'permohonan.personal_data_viewed');
    expect(viewed).toMatchObject({ actorLabel: 'ppid-a@uji.test' });
  });
});

describe('the Atasan PPID', () => {
  it('reads the unit’s requests (the view audited) but neither enters nor processes them', async () => {
    const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody());
    const id = created.body.permohonan.id;
    const list = await atasan.get(`/api/units/${f.unitA.id}/permohonan`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await atasan.get(`/api/permohonan/${id}`)).status).toBe(200);
    const [viewed] = await audits(id, 'permohonan.personal_data_viewed');
    expect(viewed).toMatchObject({ actorLabel: 'atasan-a@uji.test' });
    expect((await atasan.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody())).status).toBe(403);
    expect((await atasan.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).status).toBe(403);
    expect((await atasan.get(`/api/units/${f.unitB.id}/permohonan`)).status).toBe(403);
  });
});

describe('POST /api/permohonan/:id/transisi', () => {
  let id: string;
  beforeAll(async () => {
    id = (await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody())).body.permohonan.id;
  });

  it('needs a session (401) and the unit’s PPID role (403)', async () => {
    expect((await new TestClient(w.app).post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).status).toBe(401);
    expect((await writer.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).status).toBe(403);
    expect((await ppidB.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).status).toBe(403);
  });

  it('answers 400 naming the field, and 409 for a transition the table refuses', async () => {
    expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'selesai' })).body).toMatchObject({ code: 'invalid', field: 'ke' });
    expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'ditolak', dasar: 'pasal_17_k' })).body).toMatchObject({ code: 'invalid', field: 'dasar' });
    const refused = await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'dikabulkan_seluruhnya' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'conflict',
      field: 'ke',
      message: 'Status permohonan tidak dapat diubah dari "terdaftar" ke "dikabulkan_seluruhnya".',
    });
  });

  it('processes, extends once with a reason and decides, with history and audit for each step', async () => {
    expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).body.status).toBe('diproses');
    expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diperpanjang' })).body).toMatchObject({ code: 'invalid', field: 'alasan' });
    const extended = await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diperpanjang', alasan: 'Data harus dihimpun dari tiga bidang' });
    expect(extended.status).toBe(200);
    expect(extended.body.extendedDueDate > extended.body.dueDate).toBe(true);
    expect(extended.body.extensionReason).toBe('Data harus dihimpun dari tiga bidang');
    expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diperpanjang', alasan: 'Lagi' })).status).toBe(409);
    const decided = await ppid.post(`/api/permohonan/${id}/transisi`, {
      ke: 'dikabulkan_sebagian',
      bagian: [{ bagian: 'Nomor rekening peserta', alasan: 'Data pribadi, Pasal 17 huruf h' }],
      alasan: 'Sisanya diberikan',
    });
    expect(decided.body).toMatchObject({
      status: 'dikabulkan_sebagian',
      decision: { kind: 'dikabulkan_sebagian', bagian: [{ bagian: 'Nomor rekening peserta' }] },
    });
    const history = await listSteps(w.services.db, 'permohonan', id);
    expect(history.map((h) => `${h.fromStatus}>${h.toStatus}`).sort()).toEqual(
      ['diperpanjang>dikabulkan_sebagian', 'diproses>diperpanjang', 'null>terdaftar', 'terdaftar>diproses'].sort(),
    );
    expect(history.find((h) => h.toStatus === 'dikabulkan_sebagian')?.note).toBe('Sisanya diberikan');
    for (const action of ['permohonan.diproses', 'permohonan.diperpanjang', 'permohonan.dikabulkan_sebagian']) expect(await audits(id, action)).toHaveLength(1);
  });
});
