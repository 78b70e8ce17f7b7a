import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetNationalYear } from '../../test/calendar.ts';
import { type Fixture, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { auditLog } from '../audit/schema.ts';
import { notifyCalendarChanged } from '../hari-kerja/calendar-changed.ts';
import { holidays, holidayYears } from '../hari-kerja/schema.ts';
import { historyOf } from './load-permohonan.ts';
import { recomputeDueDates, recountDueDatesOnCalendarChange } from './recompute-due-dates.ts';
import { registerPermohonan } from './register-permohonan.ts';
import { permohonan } from './schema.ts';
import { sampleRequest } from './test-fixture.ts';

let w: TestWarta;
let f: Fixture;
beforeAll(async () => {
  w = await startTestWarta();
  // Played as an installation from before the 2027 SKB shipped.
  await forgetNationalYear(w.services.db, 2027);
  f = await seedFixture(w.services);
});
afterAll(() => w.stop());

const reload = async (id: string) => (await w.services.db.select().from(permohonan).where(eq(permohonan.id, id)))[0]!;

describe('recounting deadlines when the calendar changes', () => {
  it('fills a due date once its year is complete, and moves it for a new closure, audited', async () => {
    // 16:30Z on 31 December 2026 is Friday 1 January 2027 in WITA; no 2027 calendar yet.
    const { permohonan: row } = await registerPermohonan(w.services, f.tenant, f.unitA, sampleRequest({ receivedAt: new Date('2026-12-31T16:30:00Z') }), null);
    expect(row.dueDate).toBeNull();
    expect(await recomputeDueDates(w.services, f.tenant.id)).toBe(0);

    // A test calendar for 2027 with no holidays: 4–8 and 11–15 January are the ten working days.
    await w.services.db.insert(holidayYears).values({ year: 2027, source: 'uji: kalender fiktif' });
    const stop = recountDueDatesOnCalendarChange(w.services);
    await notifyCalendarChanged({ tenantId: null, dates: [], action: 'year_completed' });
    expect((await reload(row.id)).dueDate).toBe('2027-01-15');

    // The agency closes on Tuesday 12 January 2027: the deadline moves one working day.
    await w.services.db.insert(holidays).values({ tenantId: f.tenant.id, date: '2027-01-12', type: 'lokal', name: 'Penutupan kantor (uji)', source: 'uji' });
    await w.services.db.update(permohonan).set({ status: 'diperpanjang', extendedDueDate: '2027-01-26' }).where(eq(permohonan.id, row.id));
    await notifyCalendarChanged({ tenantId: f.tenant.id, dates: ['2027-01-12'], action: 'added' });
    stop();
    const moved = await reload(row.id);
    expect(moved.dueDate).toBe('2027-01-18');
    // The extension runs 7 working days from the new due date: 19–22 and 25–27 January.
    expect(moved.extendedDueDate).toBe('2027-01-27');
    const trail = await w.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row.id), eq(auditLog.action, 'permohonan.due_date_recounted')));
    expect(trail.map((a) => a.after)).toEqual([
      { dueDate: '2027-01-15', extendedDueDate: null },
      { dueDate: '2027-01-18', extendedDueDate: '2027-01-27' },
    ]);
    const steps = await historyOf(w.services.db, row.id);
    expect(steps.slice(-2).map((h) => [h.fromStatus, h.toStatus, h.actorLabel, h.note])).toEqual([
      [
        'terdaftar',
        'terdaftar',
        'sistem',
        'Batas waktu dihitung ulang karena kalender hari kerja berubah: jatuh tempo belum ditetapkan menjadi 2027-01-15; perpanjangan belum ditetapkan menjadi belum ditetapkan.',
      ],
      [
        'diperpanjang',
        'diperpanjang',
        'sistem',
        'Batas waktu dihitung ulang karena kalender hari kerja berubah: jatuh tempo 2027-01-15 menjadi 2027-01-18; perpanjangan 2027-01-26 menjadi 2027-01-27.',
      ],
    ]);
  });

  it('leaves decided requests alone', async () => {
    const { permohonan: row } = await registerPermohonan(w.services, f.tenant, f.unitA, sampleRequest({ receivedAt: new Date('2026-12-31T16:30:00Z') }), null);
    await w.services.db.update(permohonan).set({ status: 'ditolak', dueDate: '2027-01-01' }).where(eq(permohonan.id, row.id));
    await recomputeDueDates(w.services, null);
    expect((await reload(row.id)).dueDate).toBe('2027-01-01');
  });
});
