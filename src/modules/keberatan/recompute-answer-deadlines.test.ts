import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../http/env.ts';
import { forgetNationalYear } from '../../test/calendar.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { addHoliday } from '../hari-kerja/add-holiday.ts';
import { completeYear } from '../hari-kerja/complete-year.ts';
import { holidayYears } from '../hari-kerja/schema.ts';
import { loadActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { historyOf } from './load-keberatan.ts';
import { recomputeAnswerDeadlines } from './recompute-answer-deadlines.ts';
import { registerKeberatan } from './register-keberatan.ts';
import { keberatan } from './schema.ts';
import { atasanOf, makeRequest, sampleObjection, sessionUser, todayWita } from './test-fixture.ts';
import { transitionKeberatan } from './transition.ts';

// The calendar is changed through the working-day module's own operations; the listener that
// recounts objections is the one the application registers at start (src/boot.ts).

let w: TestWarta;
let f: Fixture;
let admin: SessionUser;
beforeAll(async () => {
  w = await startTestWarta();
  // Played as an installation from before the 2027 SKB shipped.
  await forgetNationalYear(w.services.db, 2027);
  f = await seedFixture(w.services);
  admin = sessionUser(f.admin);
});
afterAll(() => w.stop());

const reload = async (id: string) => (await w.services.db.select().from(keberatan).where(eq(keberatan.id, id)))[0]!;

describe('recounting answer deadlines when the calendar changes', () => {
  it('fills, then moves, an open objection’s deadline for a completed year, a national holiday and a local closure, with history and audit', async () => {
    expect(await w.services.db.select().from(holidayYears).where(eq(holidayYears.year, 2027))).toEqual([]);
    const tenant = await getTenant(w.services.db, f.tenant.id);
    const request = await makeRequest(w.services, f, { receivedAt: new Date('2026-11-20T01:00:00Z') });
    // Monday 23 November 2026 in WITA; the 30th working day falls in 2027, which has no calendar yet.
    const open = await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(request, { receivedAt: new Date('2026-11-23T01:00:00Z') }), admin);
    const decided = await registerKeberatan(w.services, tenant, f.unitA, sampleObjection(request, { receivedAt: new Date('2026-11-23T02:00:00Z') }), admin);
    expect(open.dueDate).toBeNull();
    const actor = await loadActor(w.services.db, admin);
    await transitionKeberatan(w.services, admin, actor, decided.id, { ke: 'diproses' });
    await transitionKeberatan(w.services, ...(await atasanOf(w.services, f)), decided.id, {
      ke: 'diputus',
      putusan: 'ditolak',
      tanggal: todayWita(),
      tanggapan: 'Ditolak',
      alasan: 'Sesuai tarif',
    });

    // 24–27 November, 30 November–4 December, 7–11, 14–18 and 21–23 December (22), 28–31 December (26):
    // with 2027 declared without holidays, 1, 4, 5 and 6 January make 30.
    await completeYear(w.services, admin, actor, 2027, 'Kalender uji 2027 (fiktif)');
    expect((await reload(open.id)).dueDate).toBe('2027-01-06');
    await addHoliday(w.services, admin, actor, { date: '2027-01-01', type: 'libur_nasional', name: 'Tahun Baru 2027 (uji)', source: 'uji' });
    expect((await reload(open.id)).dueDate).toBe('2027-01-07');
    await addHoliday(w.services, admin, actor, { date: '2027-01-05', type: 'lokal', name: 'Penutupan kantor (uji)', source: 'uji' });
    expect((await reload(open.id)).dueDate).toBe('2027-01-08');

    const history = await historyOf(w.services.db, open.id);
    expect(history.slice(1).map((h) => [h.fromStatus, h.toStatus, h.actorLabel, h.note])).toEqual([
      ['terdaftar', 'terdaftar', 'sistem', 'Batas waktu tanggapan dihitung ulang karena kalender hari kerja berubah: belum ditetapkan menjadi 2027-01-06.'],
      ['terdaftar', 'terdaftar', 'sistem', 'Batas waktu tanggapan dihitung ulang karena kalender hari kerja berubah: 2027-01-06 menjadi 2027-01-07.'],
      ['terdaftar', 'terdaftar', 'sistem', 'Batas waktu tanggapan dihitung ulang karena kalender hari kerja berubah: 2027-01-07 menjadi 2027-01-08.'],
    ]);
    const trail = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, open.id), eq(auditLog.action, 'keberatan.due_date_recounted')));
    expect(trail.map((a) => [a.before, a.after])).toEqual([
      [{ dueDate: null }, { dueDate: '2027-01-06' }],
      [{ dueDate: '2027-01-06' }, { dueDate: '2027-01-07' }],
      [{ dueDate: '2027-01-07' }, { dueDate: '2027-01-08' }],
    ]);
    // A decided objection keeps the deadline it had; nothing more to recount once all are current.
    expect((await reload(decided.id)).dueDate).toBeNull();
    expect(await recomputeAnswerDeadlines(w.services, null)).toBe(0);
  });
});
