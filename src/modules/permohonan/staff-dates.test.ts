import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { addDays, localDateOf } from '../hari-kerja/local-date.ts';
import { addOfficer, sampleRequestBody } from './test-fixture.ts';

// The dates staff enter: a decision's written-notice date (between the receipt and today in the
// tenant's zone, WITA here) and receipt dates no earlier than the working-day calendar's first
// year (2024, the first shipped SKB), for requests and for objections.

let w: TestWarta;
let f: Fixture;
let ppid: TestClient;
let writer: TestClient;
beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  await addOfficer(w.services, f.tenant.id, f.unitA.id, 'ppid_pelaksana', 'ppid-a', PASSWORD);
  ppid = new TestClient(w.app);
  await ppid.signIn('ppid-a@uji.test', PASSWORD);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
});
afterAll(() => w.stop());

const todayWita = () => localDateOf(new Date(), 'Asia/Makassar');
const wita = (d: string | Date) => localDateOf(new Date(d), 'Asia/Makassar');

/** A request received at `receivedAt`, moved to diproses, ready for a decision. */
async function inProcess(receivedAt: string) {
  const created = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody({ receivedAt }));
  expect(created.status).toBe(201);
  const id = created.body.permohonan.id as string;
  expect((await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'diproses' })).status).toBe(200);
  return id;
}

describe('POST /api/permohonan/:id/transisi with the notice date (tanggal)', () => {
  it('401 without a session, 403 without the unit’s PPID role', async () => {
    const id = await inProcess('2026-03-02T02:00:00Z');
    const body = { ke: 'dikabulkan_seluruhnya', tanggal: '2026-03-05' };
    expect((await new TestClient(w.app).post(`/api/permohonan/${id}/transisi`, body)).status).toBe(401);
    expect((await writer.post(`/api/permohonan/${id}/transisi`, body)).status).toBe(403);
  });

  it('400 on tanggal: malformed, in the future, or before the receipt date; the request stays undecided', async () => {
    // Monday 2 March 2026 10:00 WITA.
    const id = await inProcess('2026-03-02T02:00:00Z');
    const malformed = await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'ditolak', dasar: 'pasal_17_b', tanggal: '2026-02-30' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'invalid', field: 'tanggal', message: 'Tanggal surat pemberitahuan harus berformat TTTT-BB-HH.' });
    const tomorrow = addDays(todayWita(), 1);
    const future = await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'ditolak', dasar: 'pasal_17_b', tanggal: tomorrow });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({
      code: 'invalid',
      field: 'tanggal',
      message: `Tanggal surat pemberitahuan harus antara tanggal permohonan diterima (2026-03-02) dan hari ini (${todayWita()}).`,
    });
    const before = await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'ditolak', dasar: 'pasal_17_b', tanggal: '2026-03-01' });
    expect(before.body).toMatchObject({ code: 'invalid', field: 'tanggal' });
    const en = await ppid.request(
      'POST',
      `/api/permohonan/${id}/transisi`,
      { ke: 'ditolak', dasar: 'pasal_17_b', tanggal: '2026-03-01' },
      { 'accept-language': 'en' },
    );
    expect(en.body.message).toBe(`The notice date must be between the date the request was received (2026-03-02) and today (${todayWita()}).`);
    const still = await ppid.get(`/api/permohonan/${id}`);
    expect(still.body).toMatchObject({ status: 'diproses', decidedAt: null });
  });

  it('dates the decision on the notice, audits it, and the service time counts to it (2 → 12 March 2026 = 8 working days)', async () => {
    const id = await inProcess('2026-03-02T02:00:00Z');
    const res = await ppid.post(`/api/permohonan/${id}/transisi`, { ke: 'ditolak', dasar: 'pasal_17_b', tanggal: '2026-03-12' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ditolak');
    expect(wita(res.body.decidedAt)).toBe('2026-03-12');
    const [audit] = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'permohonan.ditolak')));
    expect(wita((audit!.after as { decidedAt: string }).decidedAt)).toBe('2026-03-12');
    // Working days after Monday 2 March: 3, 4, 5, 6, 9, 10, 11, 12 = 8 (the report's service time).
    // The March report (status as of 31 March) counts the refusal; a report of 2 March alone does
    // not: on that day the request was only received (its processing step was entered today).
    const rows = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&dari=2026-03-01&sampai=2026-03-31&sel=jawaban:ditolak`);
    expect(rows.status).toBe(200);
    expect(rows.body.baris.find((r: { id: string }) => r.id === id)).toMatchObject({ serviceDays: 8, decidedDay: '2026-03-12', status: 'ditolak' });
    const day = await ppid.get(`/api/laporan-kip/rincian?unit=${f.unitA.id}&dari=2026-03-02&sampai=2026-03-02&sel=status:diproses`);
    expect(day.body.baris.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: 'terdaftar',
      statusSekarang: 'ditolak',
      decidedDay: null,
      tidakDijawab: false,
    });
  });

  it('accepts the receipt date itself and today; without tanggal the decision is dated today', async () => {
    const sameDay = await inProcess('2026-03-03T02:00:00Z');
    const onReceipt = await ppid.post(`/api/permohonan/${sameDay}/transisi`, { ke: 'dikabulkan_seluruhnya', tanggal: '2026-03-03' });
    expect(onReceipt.status).toBe(200);
    expect(wita(onReceipt.body.decidedAt)).toBe('2026-03-03');
    expect(new Date(onReceipt.body.decidedAt).getTime()).toBeGreaterThanOrEqual(new Date('2026-03-03T02:00:00Z').getTime());
    const today = await inProcess('2026-03-04T02:00:00Z');
    const onToday = await ppid.post(`/api/permohonan/${today}/transisi`, { ke: 'diteruskan', tujuan: 'Badan Fiktif', tanggal: todayWita() });
    expect(wita(onToday.body.decidedAt)).toBe(todayWita());
    const plain = await inProcess('2026-03-05T02:00:00Z');
    const undated = await ppid.post(`/api/permohonan/${plain}/transisi`, { ke: 'dikabulkan_seluruhnya' });
    expect(wita(undated.body.decidedAt)).toBe(todayWita());
  });
});

describe('receipt dates before the working-day calendar’s first year (2024) are refused', () => {
  it('a staff-entered request: 1900-01-01 and 31 Dec 2023 23:59 WITA refused on receivedAt; 1 Jan 2024 00:00 WITA accepted', async () => {
    const path = `/api/units/${f.unitA.id}/permohonan`;
    for (const receivedAt of ['1900-01-01T02:00:00Z', '2023-12-31T15:59:00Z']) {
      const res = await ppid.post(path, sampleRequestBody({ receivedAt }));
      expect(res.status, receivedAt).toBe(400);
      expect(res.body).toMatchObject({
        code: 'invalid',
        field: 'receivedAt',
        message: 'Tanggal diterima tidak boleh sebelum tahun 2024, tahun pertama kalender hari kerja.',
      });
    }
    const first = await ppid.post(path, sampleRequestBody({ receivedAt: '2023-12-31T16:00:00Z' }));
    expect(first.status).toBe(201);
    expect(first.body.permohonan.number).toMatch(/\/2024\//);
  });

  it('a staff-entered objection: 401, 403, 400 on receivedAt for 1900, 201 for a receipt inside the calendar', async () => {
    const request = await ppid.post(`/api/units/${f.unitA.id}/permohonan`, sampleRequestBody({ receivedAt: '2026-02-02T01:00:00Z' }));
    const body = (receivedAt: string) => ({
      unitId: f.unitA.id,
      channel: 'surat',
      receivedAt,
      permohonanNumber: request.body.permohonan.number,
      grounds: ['b'],
      reason: 'Permohonan ditolak tanpa alasan yang jelas.',
    });
    expect((await new TestClient(w.app).post('/api/keberatan', body('1900-01-01T02:00:00Z'))).status).toBe(401);
    expect((await writer.post('/api/keberatan', body('2026-03-02T01:00:00Z'))).status).toBe(403);
    const old = await ppid.request('POST', '/api/keberatan', body('1900-01-01T02:00:00Z'), { 'accept-language': 'en' });
    expect(old.status).toBe(400);
    expect(old.body).toMatchObject({
      code: 'invalid',
      field: 'receivedAt',
      message: 'The receipt date cannot be before 2024, the first year of the working-day calendar.',
    });
    expect((await ppid.post('/api/keberatan', body('2026-03-02T01:00:00Z'))).status).toBe(201);
  });
});
