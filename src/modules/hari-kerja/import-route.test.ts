import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { makeRequest } from '../keberatan/test-fixture.ts';
import { permohonan } from '../permohonan/schema.ts';
import { type CalendarChange, onCalendarChanged } from './calendar-changed.ts';
import { ICAL_MAX_BYTES } from './import-route.ts';
import { holidays } from './schema.ts';

let w: TestWarta;
let f: Fixture;
const changes: CalendarChange[] = [];
let unsubscribe: () => void;

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  unsubscribe = onCalendarChanged((change) => {
    changes.push(change);
  });
});
afterAll(async () => {
  unsubscribe();
  await w.stop();
});

const as = async (who?: { email: string }) => {
  const client = new TestClient(w.app);
  if (who) expect((await client.signIn(who.email, PASSWORD)).status).toBe(200);
  return client;
};

/** Posts the form the way the admin's file input does. */
async function upload(client: TestClient, file: string | Uint8Array | null, fields: Record<string, string> = {}) {
  const form = new FormData();
  if (file !== null) form.set('file', new File([typeof file === 'string' ? file : new Uint8Array(file)], 'kalender.ics', { type: 'text/calendar' }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const headers: Record<string, string> = { 'accept-language': client.lang };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await w.app.request('/api/hari-kerja/libur/impor', { method: 'POST', body: form, headers });
  return { status: res.status, body: await res.json() };
}

// Closures of a fictional office: one on a national holiday (already present), one two-day move, the
// same date twice, and a timed meeting that is not a closure.
const closures = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Pemprov Uji//Penutupan kantor//ID',
  'BEGIN:VEVENT',
  'UID:pindah@uji',
  'DTSTART;VALUE=DATE:20260818',
  'DTEND;VALUE=DATE:20260820',
  'SUMMARY:Penutupan kantor: pindahan gedung\\, lantai 2',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260817',
  'SUMMARY:Upacara HUT RI (kantor tutup)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20260819',
  'SUMMARY:Hari kedua pindahan (ganda)',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20260821T090000',
  'DTEND:20260821T110000',
  'SUMMARY:Rapat koordinasi',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const basis = { jenis: 'lokal', sumber: 'Keputusan Kepala Dinas Uji Nomor 7 Tahun 2026 (fiktif)' };

describe('POST /api/hari-kerja/libur/impor', () => {
  it('answers 401 without a session and 403 to staff who are not admins', async () => {
    expect((await upload(await as(), closures, basis)).status).toBe(401);
    for (const who of [f.headA, f.writerA, f.outsider]) {
      const res = await upload(await as(who), closures, basis);
      expect(res.status, who.email).toBe(403);
    }
  });

  it('answers 400 naming the field: no file, not iCal, not UTF-8, too large, no usable event, bad type, no basis', async () => {
    const admin = await as(f.admin);
    const bad = async (file: string | Uint8Array | null, fields: Record<string, string>, field: string) => {
      const res = await upload(admin, file, fields);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.field).toBe(field);
      return res.body;
    };
    expect((await bad(null, basis, 'file')).message).toContain('.ics');
    expect((await bad('NO,NAMA\r\n1,Rina\r\n', basis, 'file')).message).toContain('BEGIN:VCALENDAR');
    await bad(new Uint8Array([...new TextEncoder().encode('BEGIN:VCALENDAR\r\nSUMMARY:'), 0xff, 0xfe, 0x0d, 0x0a]), basis, 'file');
    const big = `${closures}${'X-PAD:'.padEnd(70, 'x')}\r\n`.repeat(Math.ceil(ICAL_MAX_BYTES / closures.length) + 1);
    expect((await bad(big, basis, 'file')).message).toContain('512 KB');
    const timedOnly = closures
      .split('\r\n')
      .slice(0, 3)
      .concat(['BEGIN:VEVENT', 'DTSTART:20260821T090000', 'SUMMARY:Rapat', 'END:VEVENT', 'END:VCALENDAR'])
      .join('\r\n');
    const none = await bad(timedOnly, basis, 'file');
    expect(none.dilewati).toEqual([{ ringkasan: 'Rapat', baris: 4, alasan: 'timed', keterangan: expect.stringContaining('VALUE=DATE') }]);
    await bad(closures, { ...basis, jenis: 'libur_kantor' }, 'jenis');
    await bad(closures, { jenis: 'lokal' }, 'sumber');
    await bad(closures, { ...basis, dryRun: 'ya' }, 'dryRun');
    expect(await w.services.db.select().from(holidays).where(eq(holidays.tenantId, f.tenant.id))).toEqual([]);
  });

  it('previews with dryRun=true: new dates, dates already present, repeated dates and skipped events, writing nothing', async () => {
    const res = await upload(await as(f.admin), closures, { ...basis, dryRun: 'true' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, jenis: 'lokal', dibuat: 0 });
    expect(res.body.tanggal.map((d: { tanggal: string; status: string }) => [d.tanggal, d.status])).toEqual([
      ['2026-08-17', 'sudah_ada'], // Proklamasi is a national holiday already
      ['2026-08-18', 'baru'],
      ['2026-08-19', 'baru'],
      ['2026-08-19', 'ganda'],
    ]);
    expect(res.body.tanggal[1]).toEqual({ tanggal: '2026-08-18', nama: 'Penutupan kantor: pindahan gedung, lantai 2', baris: 4, status: 'baru' });
    expect(res.body.dilewati).toEqual([{ ringkasan: 'Rapat koordinasi', baris: 18, alasan: 'timed', keterangan: expect.any(String) }]);
    expect(await w.services.db.select().from(holidays).where(eq(holidays.tenantId, f.tenant.id))).toEqual([]);
    expect(await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'holiday.imported'))).toEqual([]);
  });

  it('imports the new dates as this agency’s closures in one audited transaction and recounts open requests’ due dates', async () => {
    // Received Tue 4 Aug 2026: 10 working days end Wed 19 Aug (Mon 17 Aug is a holiday).
    const request = await makeRequest(w.services, f, { receivedAt: new Date('2026-08-04T09:00:00+08:00') });
    const before = await w.services.db.select().from(permohonan).where(eq(permohonan.id, request.id));
    expect(before[0]!.dueDate).toBe('2026-08-19');
    changes.length = 0;

    const res = await upload(await as(f.admin), closures, basis);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, dibuat: 2 });
    const rows = await w.services.db.select().from(holidays).where(eq(holidays.tenantId, f.tenant.id));
    expect(rows.map((r) => [r.date, r.type, r.name, r.source, r.createdBy]).sort()).toEqual([
      ['2026-08-18', 'lokal', 'Penutupan kantor: pindahan gedung, lantai 2', basis.sumber, f.admin.id],
      ['2026-08-19', 'lokal', 'Penutupan kantor: pindahan gedung, lantai 2', basis.sumber, f.admin.id],
    ]);
    const [audit] = await w.services.db.select().from(auditLog).where(eq(auditLog.action, 'holiday.imported'));
    expect(audit!.actorId).toBe(f.admin.id);
    expect(audit!.after).toMatchObject({ file: 'kalender.ics', type: 'lokal', national: false, skipped: 2 });
    expect(changes).toEqual([{ tenantId: f.tenant.id, dates: ['2026-08-18', '2026-08-19'], action: 'added' }]);

    // With 18 and 19 Aug closed the tenth working day is Fri 21 Aug: 5,6,7,10,11,12,13,14,20,21.
    const [after] = await w.services.db.select().from(permohonan).where(eq(permohonan.id, request.id));
    expect(after!.dueDate).toBe('2026-08-21');
    const recount = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'permohonan.due_date_recounted'), eq(auditLog.entityId, request.id)));
    expect(recount.map((r) => r.after)).toEqual([{ dueDate: '2026-08-21', extendedDueDate: null }]);
  });

  it('skips every date on a second import of the same file, and imports national dates for all tenants', async () => {
    changes.length = 0;
    const again = await upload(await as(f.admin), closures, basis);
    expect(again.status).toBe(201);
    expect(again.body.dibuat).toBe(0);
    expect(again.body.tanggal.every((d: { status: string }) => d.status !== 'baru')).toBe(true);
    expect(changes).toEqual([]);

    const national = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20261231',
      'SUMMARY:Cuti bersama akhir tahun (fiktif)',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const res = await upload(await as(f.admin), national, { jenis: 'cuti_bersama', sumber: 'SKB Uji Perubahan (fiktif)' });
    expect(res.status).toBe(201);
    const [row] = await w.services.db
      .select()
      .from(holidays)
      .where(and(eq(holidays.date, '2026-12-31'), isNull(holidays.tenantId)));
    expect(row).toMatchObject({ type: 'cuti_bersama', name: 'Cuti bersama akhir tahun (fiktif)' });
    expect(changes).toEqual([{ tenantId: null, dates: ['2026-12-31'], action: 'added' }]);
  });
});
