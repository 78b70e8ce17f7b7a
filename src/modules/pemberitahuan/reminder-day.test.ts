import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarEntry } from '../hari-kerja/calendar.ts';
import { shippedCalendars } from '../hari-kerja/data/index.ts';
import { reminderDay, splitByDue } from './reminder-day.ts';

const national: CalendarEntry[] = shippedCalendars.flatMap((c) => c.holidays);
const closure: CalendarEntry = { date: '2026-08-21', type: 'lokal', name: 'Penutupan kantor (fiktif)', source: 'SK Uji 1/2026' };
const calendar = buildCalendar([2024, 2025, 2026], [...national, closure]);

describe('the reminder day', () => {
  it('reaches two working days ahead over a weekend and a national holiday', () => {
    // Fri 14 Aug 2026: Sat 15, Sun 16, Mon 17 (Proklamasi) skipped → Tue 18 (1), Wed 19 (2).
    expect(reminderDay('2026-08-14', calendar)).toEqual({ today: '2026-08-14', horizon: '2026-08-19' });
    // Wed 23 Dec 2026: Thu 24 (cuti bersama), Fri 25 (Natal), Sat 26, Sun 27 → Mon 28 (1), Tue 29 (2).
    expect(reminderDay('2026-12-23', calendar)).toEqual({ today: '2026-12-23', horizon: '2026-12-29' });
    // Wed 19 Aug 2026: Thu 20 (1), Fri 21 is the tenant's own closure, Sat, Sun → Mon 24 (2).
    expect(reminderDay('2026-08-19', calendar)?.horizon).toBe('2026-08-24');
  });

  it('is none on a weekend, a national holiday, cuti bersama or a local closure', () => {
    for (const date of ['2026-08-15', '2026-08-16', '2026-08-17', '2026-12-24', '2026-08-21']) expect(reminderDay(date, calendar), date).toBeNull();
  });

  it('takes the rest of the year as due soon when the next year has no complete calendar', () => {
    // Wed 30 Dec 2026: Thu 31 is day 1; 2027 is not complete, so the count cannot go on.
    expect(reminderDay('2026-12-30', calendar)).toEqual({ today: '2026-12-30', horizon: '2026-12-31' });
  });
});

describe('splitting deadlines', () => {
  it('puts past deadlines in overdue and today up to the horizon in due soon, soonest first', () => {
    const day = { today: '2026-08-14', horizon: '2026-08-19' };
    const items = [
      { n: 'tomorrow-after-holiday', due: '2026-08-18' },
      { n: 'horizon', due: '2026-08-19' },
      { n: 'after', due: '2026-08-20' },
      { n: 'yesterday', due: '2026-08-13' },
      { n: 'today', due: '2026-08-14' },
      { n: 'long-ago', due: '2026-07-01' },
      { n: 'uncounted', due: null },
    ];
    const { overdue, dueSoon } = splitByDue(items, day);
    expect(overdue.map((i) => i.n)).toEqual(['long-ago', 'yesterday']);
    expect(dueSoon.map((i) => i.n)).toEqual(['today', 'tomorrow-after-holiday', 'horizon']);
  });
});
