import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { makeRequest } from './test-fixture.ts';

// Disputes at the Komisi Informasi, on the shipped 2026 calendar. Every objection here is about a
// request received on 2 February 2026 and left unanswered past its due date of 18 February.

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let atasan: TestClient;
let ppidB: TestClient;
let writer: TestClient;
let requestNumber: string;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'atasan_ppid', 'atasan-a', PASSWORD);
  await addOfficer(w.services, f.tenant.id, f.unitB.id, 'ppid_utama', 'ppid-b', PASSWORD);
  const signIn = async (email: string) => {
    const client = new TestClient(w.app);
    await client.signIn(email, PASSWORD);
    return client;
  };
  ppid = await signIn('ppid-a@uji.test');
  atasan = await signIn('atasan-a@uji.test');
  ppidB = await signIn('ppid-b@uji.test');
  writer = await signIn(f.writerA.email);
  requestNumber = (await makeRequest(w.services, f, { receivedAt: new Date('2026-02-02T01:00:00Z') })).number;
});
afterAll(() => w.stop());

const audits = (entityId: string, action: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

/** An objection received on Monday 2 March 2026 (answer due Tuesday 21 April), optionally answered on `answeredOn`. */
async function objection(answeredOn?: string, receivedAt = '2026-03-02T01:00:00Z', grounds = ['c']): Promise<string> {
  const created = await ppid.post('/api/keberatan', {
    unitId: f.unitA.id,
    channel: 'datang_langsung',
    receivedAt,
    permohonanNumber: requestNumber,
    grounds,
    reason: 'Permohonan tidak ditanggapi sampai batas waktu.',
  });
  expect(created.status).toBe(201);
  if (answeredOn) {
    await ppid.post(`/api/keberatan/${created.body.id}/transisi`, { ke: 'diproses' });
    const decided = await atasan.post(`/api/keberatan/${created.body.id}/transisi`, {
      ke: 'diputus',
      putusan: 'ditolak',
      tanggal: answeredOn,
      tanggapan: 'Jawaban telah dikirim melalui pos.',
      alasan: 'Bukti pengiriman tertanggal 17 Februari 2026.',
    });
    expect(decided.status).toBe(200);
  }
  return created.body.id;
}

const dispute = (overrides: Record<string, unknown> = {}) => ({
  kiRegistrationNumber: '012/V/KI-NL-PS/2026',
  commission: 'Komisi Informasi Provinsi Nusa Lontar',
  registeredOn: '2026-05-04',
  ...overrides,
});

describe('POST /api/keberatan/:id/sengketa', () => {
  it('needs a session (401) and the unit’s role (403)', async () => {
    const id = await objection('2026-04-15');
    expect((await new TestClient(w.app).post(`/api/keberatan/${id}/sengketa`, dispute())).status).toBe(401);
    expect((await writer.post(`/api/keberatan/${id}/sengketa`, dispute())).status).toBe(403);
    expect((await ppidB.post(`/api/keberatan/${id}/sengketa`, dispute())).status).toBe(403);
  });

  it('answers 400 naming the field, for dates outside the answer-to-today range too', async () => {
    const id = await objection('2026-04-15');
    expect((await ppid.post(`/api/keberatan/${id}/sengketa`, dispute({ kiRegistrationNumber: ' ' }))).body).toMatchObject({
      code: 'invalid',
      field: 'kiRegistrationNumber',
      message: 'Isi nomor registrasi sengketa di Komisi Informasi.',
    });
    expect((await ppid.post(`/api/keberatan/${id}/sengketa`, dispute({ registeredOn: '2026-02-30' }))).body).toMatchObject({ field: 'registeredOn' });
    const early = await ppid.post(`/api/keberatan/${id}/sengketa`, dispute({ registeredOn: '2026-04-14' }));
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ field: 'registeredOn', message: expect.stringContaining('2026-04-15') });
  });

  it('refuses (409) a dispute while the answer is still awaited in time, and for a withdrawn objection', async () => {
    const waiting = await objection(undefined, new Date().toISOString(), ['b']);
    const res = await ppid.post(`/api/keberatan/${waiting}/sengketa`, dispute({ registeredOn: '2026-11-20' }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'conflict', message: expect.stringContaining('status sekarang: terdaftar') });
    const withdrawn = await objection();
    await ppid.post(`/api/keberatan/${withdrawn}/transisi`, { ke: 'ditarik', alasan: 'Dicabut pemohon' });
    expect((await ppid.post(`/api/keberatan/${withdrawn}/sengketa`, dispute())).status).toBe(409);
  });

  it('records a dispute 14 working days from the answer (1 May is a holiday), once, audited', async () => {
    const id = await objection('2026-04-15');
    const res = await ppid.post(`/api/keberatan/${id}/sengketa`, dispute());
    expect(res.status).toBe(201);
    // 16–17, 20–24, 27–30 April and 4–6 May: the 14th working day after 15 April is Wednesday 6 May.
    expect(res.body).toMatchObject({ stage: 'registrasi', registeredOn: '2026-05-04', filingDeadline: '2026-05-06', filedLate: false, keberatanId: id });
    expect(await audits(res.body.id, 'sengketa.registered')).toMatchObject([
      { actorLabel: 'ppid-a@uji.test', after: { kiRegistrationNumber: '012/V/KI-NL-PS/2026', filingDeadline: '2026-05-06' } },
    ]);
    const again = await ppid.post(`/api/keberatan/${id}/sengketa`, dispute({ kiRegistrationNumber: '013/V/KI-NL-PS/2026' }));
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Keberatan ini sudah tercatat sebagai sengketa di Komisi Informasi.');
    expect((await atasan.get(`/api/keberatan/${id}`)).body.sengketa).toMatchObject({ id: res.body.id, stage: 'registrasi' });
  });

  it('counts from the missed answer deadline when the Atasan PPID never answered, and flags a late registration', async () => {
    const id = await objection();
    const res = await ppid.post(`/api/keberatan/${id}/sengketa`, dispute({ registeredOn: '2026-05-20' }));
    expect(res.status).toBe(201);
    // From Tuesday 21 April: 22–24, 27–30 April, 4–8 and 11–12 May; 1 May is Labour Day.
    expect(res.body).toMatchObject({ filingDeadline: '2026-05-12', filedLate: true });
  });
});

describe('PATCH /api/sengketa/:id', () => {
  let id: string;
  let keberatanId: string;
  beforeAll(async () => {
    keberatanId = await objection('2026-04-15');
    id = (await ppid.post(`/api/keberatan/${keberatanId}/sengketa`, dispute())).body.id;
  });
  const patch = (client: TestClient, changes: Record<string, unknown>) => client.patch(`/api/sengketa/${id}`, changes);

  it('needs a session (401) and the unit’s role (403); 404 for an unknown dispute', async () => {
    expect((await patch(new TestClient(w.app), { stage: 'mediasi', stageDate: '2026-05-18' })).status).toBe(401);
    expect((await patch(writer, { stage: 'mediasi', stageDate: '2026-05-18' })).status).toBe(403);
    expect((await patch(ppidB, { stage: 'mediasi', stageDate: '2026-05-18' })).status).toBe(403);
    expect((await ppid.patch('/api/sengketa/00000000-0000-4000-8000-000000000000', { stage: 'mediasi', stageDate: '2026-05-18' })).status).toBe(404);
  });

  it('answers 400 naming the field', async () => {
    expect((await patch(ppid, {})).body).toMatchObject({ code: 'invalid', message: 'Tidak ada perubahan yang dikirim.' });
    expect((await patch(ppid, { stage: 'banding', stageDate: '2026-05-18' })).body).toMatchObject({ code: 'invalid', field: 'stage' });
    expect((await patch(ppid, { stage: 'mediasi' })).body).toMatchObject({ code: 'invalid', field: 'stageDate' });
    expect((await patch(ppid, { stage: 'mediasi', stageDate: '2026-05-01' })).body).toMatchObject({
      field: 'stageDate',
      message: expect.stringContaining('2026-05-04'),
    });
    expect((await patch(ppid, { compliance: 'sebagian' })).body).toMatchObject({ field: 'compliance' });
  });

  it('moves through mediation, adjudication and ruling to compliance and closure, refusing steps out of order', async () => {
    const ruling = (await patch(ppid, { rulingText: 'Permohonan dikabulkan.' })).body;
    expect(ruling).toMatchObject({ code: 'conflict', field: 'rulingText' });
    expect((await patch(ppid, { compliance: 'dipatuhi' })).body).toMatchObject({ code: 'conflict', field: 'compliance' });

    expect((await patch(ppid, { stage: 'mediasi', stageDate: '2026-05-18' })).body).toMatchObject({ stage: 'mediasi', mediationOn: '2026-05-18' });
    expect((await patch(atasan, { stage: 'ajudikasi', stageDate: '2026-06-08' })).status).toBe(403);
    expect((await patch(ppid, { stage: 'ajudikasi', stageDate: '2026-06-08' })).body).toMatchObject({ stage: 'ajudikasi', adjudicationOn: '2026-06-08' });
    const backwards = await patch(ppid, { stage: 'mediasi', stageDate: '2026-06-09' });
    expect(backwards.status).toBe(409);
    expect(backwards.body).toMatchObject({ field: 'stage', message: 'Tahap sengketa hanya dapat maju: dari "ajudikasi" tidak dapat ke "mediasi".' });
    expect((await patch(ppid, { stage: 'putusan', stageDate: '2026-06-05' })).body).toMatchObject({ field: 'stageDate' });
    expect((await patch(ppid, { stage: 'putusan', stageDate: '2026-07-06' })).body).toMatchObject({ code: 'invalid', field: 'rulingText' });
    const ruled = await patch(ppid, {
      stage: 'putusan',
      stageDate: '2026-07-06',
      rulingText: 'Memerintahkan Termohon memberikan informasi dalam 14 hari kerja.',
    });
    expect(ruled.status).toBe(200);
    expect(ruled.body).toMatchObject({ stage: 'putusan', rulingOn: '2026-07-06', compliance: null });

    expect((await patch(ppid, { compliance: 'belum' })).body).toMatchObject({ code: 'invalid', field: 'complianceNote' });
    expect((await patch(ppid, { compliance: 'belum', complianceNote: 'Menunggu penyalinan dokumen.' })).body).toMatchObject({ compliance: 'belum' });
    expect((await patch(ppid, { compliance: 'dipatuhi' })).body).toMatchObject({ compliance: 'dipatuhi' });
    const closed = await patch(ppid, { stage: 'selesai', stageDate: '2026-08-03' });
    expect(closed.body).toMatchObject({ stage: 'selesai', closedOn: '2026-08-03', mediationOn: '2026-05-18', adjudicationOn: '2026-06-08' });
    expect((await patch(ppid, { stage: 'selesai', stageDate: '2026-08-04' })).status).toBe(409);

    const trail = await audits(id, 'sengketa.updated');
    expect(trail).toHaveLength(6);
    expect(trail.map((a) => a.after)).toContainEqual({ stage: 'ajudikasi', adjudicationOn: '2026-06-08' });
    expect(trail.find((a) => (a.after as { compliance?: string }).compliance === 'dipatuhi')?.before).toEqual({ compliance: 'belum' });
    const listed = (await ppid.get(`/api/units/${f.unitA.id}/keberatan`)).body.items;
    expect(listed.find((i: { id: string }) => i.id === keberatanId)).toMatchObject({ disputeStage: 'selesai', verdict: 'ditolak' });
  });
});
