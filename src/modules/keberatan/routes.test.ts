import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { addOfficer } from '../permohonan/test-fixture.ts';
import { makeRequest, todayWita } from './test-fixture.ts';

// The staff API of objections, on the shipped 2026 working-day calendar. A request received on
// Monday 2 February 2026 was due on 18 February (16 and 17 February are Imlek holidays) and was
// never answered, so ground c arose that day.

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let atasan: TestClient;
let ppidB: TestClient;
let writer: TestClient;
let request: { id: string; number: string };
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
  request = await makeRequest(w.services, f, { receivedAt: new Date('2026-02-02T01:00:00Z') });
});
afterAll(() => w.stop());

const anonymous = () => new TestClient(w.app);
const audits = (entityId: string, action: string) =>
  w.services.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

function body(overrides: Record<string, unknown> = {}) {
  return {
    unitId: f.unitA.id,
    channel: 'surat',
    receivedAt: '2026-03-02T01:00:00Z',
    permohonanNumber: request.number,
    grounds: ['c'],
    reason: 'Permohonan tidak ditanggapi sampai batas waktu.',
    representativeName: 'Kuasa Fiktif Lontar',
    representativeAddress: 'Jalan Khayalan No. 9, Kupang',
    representativePhone: '0812 1111 2222',
    powerOfAttorneyNote: 'Surat kuasa bermeterai tertanggal 27 Februari 2026',
    ...overrides,
  };
}

async function registered(overrides: Record<string, unknown> = {}) {
  const res = await ppid.post('/api/keberatan', body(overrides));
  expect(res.status).toBe(201);
  return res.body as { id: string; number: string; dueDate: string | null };
}

describe('POST /api/keberatan (staff entry)', () => {
  it('needs a session (401) and the unit’s PPID role (403)', async () => {
    expect((await anonymous().post('/api/keberatan', body())).status).toBe(401);
    expect((await writer.post('/api/keberatan', body())).status).toBe(403);
    expect((await ppidB.post('/api/keberatan', body())).status).toBe(403);
  });

  it('answers 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ grounds: [] }, 'grounds'],
      [{ grounds: ['h'] }, 'grounds.0'],
      [{ channel: 'merpati' }, 'channel'],
      [{ reason: 'pendek' }, 'reason'],
      [{ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'receivedAt'],
      [{ powerOfAttorneyNote: '' }, 'powerOfAttorneyNote'],
      [{ representativeName: '', representativePhone: '0812 0000 1111' }, 'representativeName'],
      [{ permohonanNumber: 'PPID/DINAS-A/1999/00009' }, 'permohonanNumber'],
      [{ receivedAt: '2026-01-30T01:00:00Z', grounds: ['b'] }, 'receivedAt'],
      [{ groundArisenOn: '2026-02-30' }, 'groundArisenOn'],
    ];
    for (const [overrides, field] of cases) {
      const res = await ppid.post('/api/keberatan', body(overrides));
      expect(res.status, field).toBe(400);
      expect(res.body, field).toMatchObject({ code: 'invalid', field });
      expect(typeof res.body.message).toBe('string');
    }
    const unknown = await ppid.post('/api/keberatan', body({ permohonanNumber: 'PPID/DINAS-A/1999/00009' }));
    expect(unknown.body.message).toBe('Unit ini tidak memiliki permohonan dengan nomor tersebut.');
  });

  it('refuses grounds that have not arisen yet', async () => {
    const fresh = await makeRequest(w.services, f);
    const res = await ppid.post('/api/keberatan', body({ permohonanNumber: fresh.number, receivedAt: new Date().toISOString(), grounds: ['a', 'f'] }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'grounds', message: expect.stringContaining('Alasan a belum dapat diajukan') });
  });

  it('registers a letter with its ground day, filing deadline and answer deadline across the 2026 holidays, audited without personal data', async () => {
    const created = await registered();
    expect(created).toMatchObject({
      number: 'KEB/DINAS-A/2026/00001',
      status: 'terdaftar',
      permohonanId: request.id,
      channel: 'surat',
      // Ground c arose on the request's due date, Wednesday 18 February 2026.
      groundArisenOn: '2026-02-18',
      // 30 working days from 18 February skip Nyepi and Idul Fitri (18–24 March): Thursday 9 April.
      filingDeadline: '2026-04-09',
      // 30 working days from Monday 2 March skip 18–20, 23–24 March and Good Friday 3 April: Tuesday 21 April.
      dueDate: '2026-04-21',
      lateNote: null,
    });
    const [audit] = await audits(created.id, 'keberatan.registered');
    expect(audit).toMatchObject({ actorLabel: 'ppid-a@uji.test', after: { number: created.number, dueDate: '2026-04-21', late: false } });
    expect(JSON.stringify(audit)).not.toContain('Kuasa Fiktif');
    const detail = await ppid.get(`/api/keberatan/${created.id}`);
    expect(detail.body.history).toMatchObject([{ fromStatus: null, toStatus: 'terdaftar', actorLabel: 'ppid-a@uji.test' }]);
  });

  it('needs a note to register an objection filed after the 30 working days, and flags it', async () => {
    const late = await ppid.post('/api/keberatan', body({ receivedAt: '2026-04-10T01:00:00Z' }));
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ field: 'lateNote', message: expect.stringContaining('2026-04-09') });
    const created = await registered({ receivedAt: '2026-04-10T01:00:00Z', lateNote: 'Surat tertahan di bagian umum sejak 8 April 2026' });
    expect(created).toMatchObject({ lateNote: 'Surat tertahan di bagian umum sejak 8 April 2026', filingDeadline: '2026-04-09' });
    const list = await ppid.get(`/api/units/${f.unitA.id}/keberatan?sort=diterima`);
    expect(list.body.items.find((i: { id: string }) => i.id === created.id)).toMatchObject({ filedLate: true });
  });

  it('takes a ground day the staff know better than the request shows', async () => {
    const created = await registered({ grounds: ['f'], groundArisenOn: '2026-02-25', receivedAt: '2026-03-03T01:00:00Z' });
    expect(created).toMatchObject({ groundArisenOn: '2026-02-25', filingDeadline: '2026-04-16' });
  });
});

describe('GET /api/units/:id/keberatan (register)', () => {
  it('needs a session, the role, and a known status', async () => {
    const path = `/api/units/${f.unitA.id}/keberatan`;
    expect((await anonymous().get(path)).status).toBe(401);
    expect((await writer.get(path)).status).toBe(403);
    expect((await ppidB.get(path)).status).toBe(403);
    expect((await ppid.get(`${path}?status=hilang`)).body).toMatchObject({ code: 'invalid', field: 'status' });
    expect((await ppid.get(`${path}?sort=acak`)).body).toMatchObject({ code: 'invalid', field: 'sort' });
  });

  it('sorts by answer deadline (unknown last) or newest received, flags overdue, and shows no personal data', async () => {
    const other = await makeRequest(w.services, f, { receivedAt: new Date('2026-02-02T01:00:00Z') });
    const first = await registered({ permohonanNumber: other.number, receivedAt: '2026-03-05T01:00:00Z', grounds: ['b'] });
    const second = await registered({ permohonanNumber: other.number, receivedAt: '2026-03-04T01:00:00Z', grounds: ['b'] });
    const recent = await registered({ permohonanNumber: other.number, receivedAt: new Date().toISOString(), grounds: ['b'] });
    const byDue = (await atasan.get(`/api/units/${f.unitA.id}/keberatan?sort=jatuhTempo`)).body.items as Array<Record<string, unknown>>;
    const ids = byDue.map((i) => i.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(recent.id));
    const dues = byDue.map((i) => i.dueDate as string | null);
    const known = dues.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort());
    expect(dues.slice(known.length).every((d) => d === null)).toBe(true);
    expect(byDue.find((i) => i.id === first.id)).toMatchObject({ dueDate: '2026-04-24', overdue: true, status: 'terdaftar', grounds: ['b'] });
    expect(byDue.find((i) => i.id === recent.id)).toMatchObject({ overdue: false });
    const byReceipt = (await ppid.get(`/api/units/${f.unitA.id}/keberatan?sort=diterima`)).body.items as Array<{ id: string; receivedAt: string }>;
    const times = byReceipt.map((i) => i.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
    const text = JSON.stringify(byDue);
    for (const personal of ['Kuasa Fiktif', 'Jalan Khayalan', '0812 1111 2222', 'tidak ditanggapi', 'Surat kuasa', 'Maria'])
      expect(text).not.toContain(personal);
    expect(Object.keys(byDue[0]!).sort()).toEqual(
      ['decidedAt', 'disputeStage', 'dueDate', 'filedLate', 'grounds', 'id', 'number', 'overdue', 'permohonanNumber', 'receivedAt', 'status', 'verdict'].sort(),
    );
    expect((await ppid.get(`/api/units/${f.unitA.id}/keberatan?status=diputus`)).body.items).toEqual([]);
    expect((await ppidB.get(`/api/units/${f.unitB.id}/keberatan`)).body.items).toEqual([]);
  });
});

describe('GET /api/keberatan/:id', () => {
  it('needs a session and the unit’s role; 400 for a bad id, 404 for an unknown one', async () => {
    const { id } = await registered();
    expect((await anonymous().get(`/api/keberatan/${id}`)).status).toBe(401);
    expect((await writer.get(`/api/keberatan/${id}`)).status).toBe(403);
    expect((await ppidB.get(`/api/keberatan/${id}`)).status).toBe(403);
    expect((await ppid.get('/api/keberatan/bukan-uuid')).body).toMatchObject({ code: 'invalid', field: 'id' });
    expect((await ppid.get('/api/keberatan/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(await audits(id, 'keberatan.personal_data_viewed')).toHaveLength(0);
  });

  it('shows the representative with history and dispute, and audits the view', async () => {
    const { id } = await registered();
    const res = await atasan.get(`/api/keberatan/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ representativeName: 'Kuasa Fiktif Lontar', powerOfAttorneyNote: expect.stringContaining('Surat kuasa'), sengketa: null });
    expect(await audits(id, 'keberatan.personal_data_viewed')).toMatchObject([{ actorLabel: 'atasan-a@uji.test' }]);
  });
});

describe('POST /api/keberatan/:id/transisi', () => {
  let id: string;
  beforeAll(async () => {
    id = (await registered()).id;
  });
  const decision = (overrides: Record<string, unknown> = {}) => ({
    ke: 'diputus',
    putusan: 'dikabulkan',
    tanggal: '2026-04-15',
    tanggapan: 'Keberatan beralasan: permohonan tidak dijawab dalam 10 hari kerja.',
    perintah: 'PPID memberikan informasi yang diminta paling lambat 5 hari kerja.',
    ...overrides,
  });

  it('needs a session (401) and the unit’s role (403)', async () => {
    expect((await anonymous().post(`/api/keberatan/${id}/transisi`, { ke: 'diproses' })).status).toBe(401);
    expect((await writer.post(`/api/keberatan/${id}/transisi`, { ke: 'diproses' })).status).toBe(403);
    expect((await ppidB.post(`/api/keberatan/${id}/transisi`, { ke: 'diproses' })).status).toBe(403);
  });

  it('answers 400 naming the field and 409 for a step the table refuses', async () => {
    expect((await ppid.post(`/api/keberatan/${id}/transisi`, { ke: 'selesai' })).body).toMatchObject({ code: 'invalid', field: 'ke' });
    expect((await atasan.post(`/api/keberatan/${id}/transisi`, decision({ tanggapan: '' }))).body).toMatchObject({ code: 'invalid', field: 'tanggapan' });
    expect((await atasan.post(`/api/keberatan/${id}/transisi`, decision({ tanggal: '2026-13-01' }))).body).toMatchObject({ code: 'invalid', field: 'tanggal' });
    expect((await atasan.post(`/api/keberatan/${id}/transisi`, decision({ putusan: 'setengah' }))).body).toMatchObject({ code: 'invalid', field: 'putusan' });
    const refused = await atasan.post(`/api/keberatan/${id}/transisi`, decision());
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'conflict', field: 'ke', message: 'Status keberatan tidak dapat diubah dari "terdaftar" ke "diputus".' });
  });

  it('the PPID takes it up; only the Atasan PPID decides, with a written answer; history and audit for each step', async () => {
    const processed = await ppid.post(`/api/keberatan/${id}/transisi`, { ke: 'diproses', alasan: 'Diteruskan kepada Atasan PPID' });
    expect(processed.body.status).toBe('diproses');
    const byPpid = await ppid.post(`/api/keberatan/${id}/transisi`, decision());
    expect(byPpid.status).toBe(403);
    expect((await atasan.post(`/api/keberatan/${id}/transisi`, decision({ perintah: ' ' }))).body).toMatchObject({ field: 'perintah' });
    expect((await atasan.post(`/api/keberatan/${id}/transisi`, decision({ tanggal: '2026-03-01' }))).body).toMatchObject({ field: 'tanggal' });
    const decided = await atasan.post(`/api/keberatan/${id}/transisi`, decision());
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'diputus', decision: { putusan: 'dikabulkan', tanggal: '2026-04-15' } });
    const detail = await atasan.get(`/api/keberatan/${id}`);
    expect(detail.body.history).toMatchObject([
      { toStatus: 'terdaftar' },
      { fromStatus: 'terdaftar', toStatus: 'diproses', actorLabel: 'ppid-a@uji.test', note: 'Diteruskan kepada Atasan PPID' },
      {
        fromStatus: 'diproses',
        toStatus: 'diputus',
        actorLabel: 'atasan-a@uji.test',
        note: 'PPID memberikan informasi yang diminta paling lambat 5 hari kerja.',
      },
    ]);
    expect(await audits(id, 'keberatan.diproses')).toHaveLength(1);
    expect(await audits(id, 'keberatan.diputus')).toMatchObject([{ actorLabel: 'atasan-a@uji.test', after: { status: 'diputus' } }]);
    const listed = (await ppid.get(`/api/units/${f.unitA.id}/keberatan?status=diputus`)).body.items;
    expect(listed.find((i: { id: string }) => i.id === id)).toMatchObject({ verdict: 'dikabulkan', overdue: false });
    expect((await ppid.post(`/api/keberatan/${id}/transisi`, { ke: 'ditarik' })).status).toBe(409);
  });

  it('a rejection needs its reasons', async () => {
    const other = (await registered()).id;
    await ppid.post(`/api/keberatan/${other}/transisi`, { ke: 'diproses' });
    const base = { ke: 'diputus', putusan: 'ditolak', tanggal: todayWita(), tanggapan: 'Permohonan sudah dijawab.' };
    expect((await atasan.post(`/api/keberatan/${other}/transisi`, base)).body).toMatchObject({ code: 'invalid', field: 'alasan' });
    const rejected = await atasan.post(`/api/keberatan/${other}/transisi`, { ...base, alasan: 'Jawaban PPID telah dikirim pada 17 Februari 2026.' });
    expect(rejected.body).toMatchObject({ status: 'diputus', decision: { putusan: 'ditolak' } });
  });
});
