import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { calendarStatus } from './calendar-status.ts';
import { seedHolidays } from './seed-holidays.ts';

let w: TestWarta;
beforeAll(async () => {
  w = await startTestWarta();
  await seedHolidays(w.services.db);
});
afterAll(() => w.stop());

describe('calendarStatus', () => {
  it('is quiet before 1 October when this year is known', async () => {
    // 2027-09-30T15:59Z is 23:59 WITA on 30 September.
    const s = await calendarStatus(w.services.db, 'Asia/Makassar', new Date('2027-09-30T15:59:00Z'));
    expect(s).toMatchObject({ today: '2027-09-30', warning: null });
    expect(s.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027]);
  });

  it('is quiet in December 2026: the 2027 SKB ships with Warta', async () => {
    expect((await calendarStatus(w.services.db, 'Asia/Makassar', new Date('2026-12-04T03:00:00Z'))).warning).toBeNull();
  });

  it('warns from 1 October (tenant time) that next year is missing', async () => {
    // 2027-09-30T16:00Z is 00:00 WITA on 1 October, but still 23:00 WIB on 30 September.
    const now = new Date('2027-09-30T16:00:00Z');
    expect((await calendarStatus(w.services.db, 'Asia/Makassar', now)).warning).toEqual({ key: 'hari_kerja.next_year_missing', year: 2028 });
    expect((await calendarStatus(w.services.db, 'Asia/Jakarta', now)).warning).toBeNull();
  });

  it('does not warn in October when next year is already known', async () => {
    expect((await calendarStatus(w.services.db, 'Asia/Jakarta', new Date('2025-10-15T03:00:00Z'))).warning).toBeNull();
  });

  it('warns that the current year is missing', async () => {
    expect((await calendarStatus(w.services.db, 'Asia/Jayapura', new Date('2028-01-05T03:00:00Z'))).warning).toEqual({
      key: 'hari_kerja.current_year_missing',
      year: 2028,
    });
  });
});
