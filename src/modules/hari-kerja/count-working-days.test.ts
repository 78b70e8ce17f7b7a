import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.ts';
import { buildCalendar, type CalendarEntry } from './calendar.ts';
import { addWorkingDays, workingDaysBetween } from './count-working-days.ts';
import { shippedCalendars } from './data/index.ts';
import { localDateOf } from './local-date.ts';

const national = shippedCalendars.flatMap((c) => c.holidays);
const calendar = buildCalendar([2024, 2025, 2026], national);
const due = (start: string, n: number) => addWorkingDays(start, n, calendar).due;
const skippedDates = (start: string, n: number) => addWorkingDays(start, n, calendar).skipped.map((s) => s.date);

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('addWorkingDays', () => {
  it('counts 10 working days over the Idul Fitri 1446 H block (2025)', () => {
    // Day 0 Thu 27 Mar. Skipped: Fri 28 (cuti Nyepi), Sat 29 (Nyepi), Sun 30, Mon 31 + Tue 1 Apr
    // (Idul Fitri), Wed 2–Fri 4 (cuti), Sat 5, Sun 6, Mon 7 (cuti). Counted: Tue 8 =1, Wed 9 =2,
    // Thu 10 =3, Fri 11 =4, (Sat 12, Sun 13), Mon 14 =5, Tue 15 =6, Wed 16 =7, Thu 17 =8,
    // (Fri 18 Wafat Yesus Kristus, Sat 19, Sun 20 Paskah), Mon 21 =9, Tue 22 =10.
    const result = addWorkingDays('2025-03-27', 10, calendar);
    expect(result.due).toBe('2025-04-22');
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-04-07',
      '2025-04-12',
      '2025-04-13',
      '2025-04-18',
      '2025-04-19',
      '2025-04-20',
    ]);
    expect(result.skipped[0]).toEqual({
      date: '2025-03-28',
      kind: 'cuti_bersama',
      reason: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1947',
      source: expect.stringContaining('Nomor 1017 Tahun 2024'),
    });
    expect(result.skipped[3]).toMatchObject({ date: '2025-03-31', kind: 'libur_nasional', reason: 'Hari Raya Idul Fitri 1446 Hijriah' });
    expect(result.skipped[1]).toMatchObject({ kind: 'akhir_pekan', reason: 'Sabtu (juga Hari Suci Nyepi Tahun Baru Saka 1947)' });
    expect(result.skipped[2]).toMatchObject({ kind: 'akhir_pekan', reason: 'Minggu', source: null });
  });

  it('makes a Saturday receipt due with the Friday before it', () => {
    // Fri 2 May 2025 = day 0. (Sat 3, Sun 4), Mon 5 =1, Tue 6 =2, Wed 7 =3, Thu 8 =4, Fri 9 =5,
    // (Sat 10, Sun 11, Mon 12 Waisak, Tue 13 cuti Waisak), Wed 14 =6, Thu 15 =7, Fri 16 =8,
    // (Sat 17, Sun 18), Mon 19 =9, Tue 20 =10.
    expect(due('2025-05-02', 10)).toBe('2025-05-20');
    // Sat 3 May = day 0: (Sun 4), Mon 5 =1 … the same count → Tue 20 May.
    expect(due('2025-05-03', 10)).toBe('2025-05-20');
    expect(due('2025-05-04', 10)).toBe('2025-05-20');
  });

  it('skips Christmas 2025 and its cuti bersama and crosses into 2026', () => {
    // Tue 23 Dec 2025 = day 0. Wed 24 =1, (Thu 25 Natal, Fri 26 cuti, Sat 27, Sun 28), Mon 29 =2,
    // Tue 30 =3, Wed 31 =4, (Thu 1 Jan Tahun Baru), Fri 2 =5, (Sat 3, Sun 4), Mon 5 =6, Tue 6 =7,
    // Wed 7 =8, Thu 8 =9, Fri 9 =10.
    expect(due('2025-12-23', 10)).toBe('2026-01-09');
    expect(skippedDates('2025-12-23', 10)).toEqual(['2025-12-25', '2025-12-26', '2025-12-27', '2025-12-28', '2026-01-01', '2026-01-03', '2026-01-04']);
  });

  it('skips Christmas 2026 and its cuti bersama the day before', () => {
    // Wed 23 Dec 2026 = day 0. (Thu 24 cuti Natal, Fri 25 Natal, Sat 26, Sun 27), Mon 28 =1, Tue 29 =2, Wed 30 =3.
    const result = addWorkingDays('2026-12-23', 3, calendar);
    expect(result.due).toBe('2026-12-30');
    expect(result.skipped.slice(0, 2).map((s) => [s.date, s.kind])).toEqual([
      ['2026-12-24', 'cuti_bersama'],
      ['2026-12-25', 'libur_nasional'],
    ]);
  });

  it('crosses from 2024 into 2025 over Christmas and New Year', () => {
    // Mon 23 Dec 2024 = day 0. Tue 24 =1, (Wed 25 Natal, Thu 26 cuti), Fri 27 =2, (Sat 28, Sun 29),
    // Mon 30 =3, Tue 31 =4, (Wed 1 Jan), Thu 2 Jan =5.
    expect(due('2024-12-23', 5)).toBe('2025-01-02');
  });

  it('skips the one-off decree days of 2024 (Pemilu, Pilkada)', () => {
    // Tue 13 Feb 2024 = day 0. (Wed 14 Pemilu), Thu 15 =1, Fri 16 =2, (Sat 17, Sun 18), Mon 19 =3.
    const result = addWorkingDays('2024-02-13', 3, calendar);
    expect(result.due).toBe('2024-02-19');
    expect(result.skipped[0]).toMatchObject({ date: '2024-02-14', kind: 'keppres', source: expect.stringContaining('Keppres Nomor 10 Tahun 2024') });
    // Tue 26 Nov 2024 = day 0. (Wed 27 Pilkada), Thu 28 =1.
    expect(due('2024-11-26', 1)).toBe('2024-11-28');
  });

  it('counts over Isra Mikraj, cuti Imlek and Imlek on a Saturday (Feb 2024)', () => {
    // Wed 7 Feb 2024 = day 0. (Thu 8 Isra Mikraj, Fri 9 cuti Imlek, Sat 10 Imlek, Sun 11), Mon 12 =1, Tue 13 =2.
    const result = addWorkingDays('2024-02-07', 2, calendar);
    expect(result.due).toBe('2024-02-13');
    expect(result.skipped.map((s) => s.kind)).toEqual(['libur_nasional', 'cuti_bersama', 'akhir_pekan', 'akhir_pekan']);
  });

  it('skips the Nyepi and Idul Fitri 1447 H block (March 2026)', () => {
    // Tue 17 Mar 2026 = day 0. (Wed 18 cuti Nyepi, Thu 19 Nyepi, Fri 20 cuti, Sat 21 + Sun 22 Idul Fitri,
    // Mon 23 + Tue 24 cuti), Wed 25 =1.
    expect(due('2026-03-17', 1)).toBe('2026-03-25');
  });

  it('skips the added cuti bersama of 18 August 2025', () => {
    // Fri 15 Aug 2025 = day 0. (Sat 16, Sun 17 Proklamasi, Mon 18 cuti HUT ke-80), Tue 19 =1.
    const result = addWorkingDays('2025-08-15', 1, calendar);
    expect(result.due).toBe('2025-08-19');
    expect(result.skipped[2]).toMatchObject({ date: '2025-08-18', kind: 'cuti_bersama', source: expect.stringContaining('Nomor 933 Tahun 2025') });
  });

  it('skips a tenant’s own closure', () => {
    const local: CalendarEntry = { date: '2025-05-21', type: 'lokal', name: 'Hari jadi provinsi', source: 'Keputusan Gubernur Uji Nomor 1 Tahun 2025' };
    const withLocal = buildCalendar([2025], [...national, local]);
    // As above, Tue 20 May is day 10 from Fri 2 May; day 11 skips Wed 21 (closure) → Thu 22.
    expect(addWorkingDays('2025-05-02', 11, withLocal).due).toBe('2025-05-22');
    expect(addWorkingDays('2025-05-02', 11, calendar).due).toBe('2025-05-21');
  });

  it('answers the receipt date itself for 0 days', () => {
    expect(addWorkingDays('2025-03-29', 0, calendar)).toEqual({ due: '2025-03-29', skipped: [] });
  });

  it('refuses to count into a year without a calendar, naming the year', () => {
    // Wed 23 Dec 2026: Mon 28 =1, Tue 29 =2, Wed 30 =3, Thu 31 =4, then 1 Jan 2027 is unknown.
    expect(due('2026-12-23', 4)).toBe('2026-12-31');
    const err = refusal(() => addWorkingDays('2026-12-23', 5, calendar));
    expect(err).toMatchObject({ code: 'invalid', messageKey: 'hari_kerja.calendar_missing', params: { year: 2027 } });
    expect(refusal(() => addWorkingDays('2023-12-29', 1, calendar)).params).toEqual({ year: 2023 });
  });

  it('refuses a day count outside 0..100', () => {
    expect(refusal(() => addWorkingDays('2025-01-02', 101, calendar))).toMatchObject({ messageKey: 'hari_kerja.days_range', field: 'hari' });
    expect(refusal(() => addWorkingDays('2025-01-02', -1, calendar)).field).toBe('hari');
    expect(refusal(() => addWorkingDays('2025-01-02', 1.5, calendar)).field).toBe('hari');
  });
});

describe('receipt near midnight in the three zones', () => {
  // One UTC instant, 2025-12-23T16:59Z: 23:59 WIB on Tue 23 Dec, but 00:59 WITA and 01:59 WIT on Wed 24 Dec.
  const instant = new Date('2025-12-23T16:59:00Z');

  it('is due on different days for WIB and WIT', () => {
    // WIB: day 0 Tue 23 Dec → Wed 24 =1.
    expect(due(localDateOf(instant, 'Asia/Jakarta'), 1)).toBe('2025-12-24');
    // WIT: day 0 Wed 24 Dec → (Thu 25 Natal, Fri 26 cuti, Sat 27, Sun 28), Mon 29 =1.
    expect(due(localDateOf(instant, 'Asia/Jayapura'), 1)).toBe('2025-12-29');
    // WITA is also past midnight: the same as WIT.
    expect(due(localDateOf(instant, 'Asia/Makassar'), 1)).toBe('2025-12-29');
  });

  it('gives a 10-day deadline three days apart across the new year', () => {
    // WIB from Tue 23 Dec: 2026-01-09 (see the Christmas 2025 case).
    expect(due(localDateOf(instant, 'Asia/Jakarta'), 10)).toBe('2026-01-09');
    // WIT from Wed 24 Dec: (25, 26, 27, 28), Mon 29 =1, Tue 30 =2, Wed 31 =3, (Thu 1 Jan), Fri 2 =4,
    // (Sat 3, Sun 4), Mon 5 =5, Tue 6 =6, Wed 7 =7, Thu 8 =8, Fri 9 =9, (Sat 10, Sun 11), Mon 12 =10.
    expect(due(localDateOf(instant, 'Asia/Jayapura'), 10)).toBe('2026-01-12');
  });

  it('puts 23:59 WIT and the same instant in WIB on the same day', () => {
    // 2025-12-23T14:59Z is 23:59 WIT and 21:59 WIB, both Tue 23 Dec → Wed 24 =1.
    const lateWit = new Date('2025-12-23T14:59:00Z');
    expect(due(localDateOf(lateWit, 'Asia/Jayapura'), 1)).toBe('2025-12-24');
    expect(due(localDateOf(lateWit, 'Asia/Jakarta'), 1)).toBe('2025-12-24');
  });

  it('keeps a request at 23:30 WITA on its WITA day', () => {
    // 2025-03-27T15:30Z = 23:30 WITA Thu 27 Mar → the Idul Fitri case above: Tue 22 Apr.
    expect(due(localDateOf(new Date('2025-03-27T15:30:00Z'), 'Asia/Makassar'), 10)).toBe('2025-04-22');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days a request took, receipt day excluded', () => {
    expect(workingDaysBetween('2025-03-27', '2025-04-22', calendar)).toBe(10);
    expect(workingDaysBetween('2025-12-23', '2026-01-09', calendar)).toBe(10);
    // Fri 2 May → Mon 5 May: one working day.
    expect(workingDaysBetween('2025-05-02', '2025-05-05', calendar)).toBe(1);
    expect(workingDaysBetween('2025-05-02', '2025-05-02', calendar)).toBe(0);
    // Answered on a holiday: Thu 27 Mar → Mon 7 Apr counts no working day at all.
    expect(workingDaysBetween('2025-03-27', '2025-04-07', calendar)).toBe(0);
  });

  it('is the inverse of addWorkingDays for every start date of 2025', () => {
    for (let d = new Date('2025-01-01T00:00:00Z'); d.getUTCFullYear() === 2025; d.setUTCDate(d.getUTCDate() + 1)) {
      const start = d.toISOString().slice(0, 10);
      for (const n of [1, 10, 17, 30]) expect(workingDaysBetween(start, due(start, n), calendar), `${start} +${n}`).toBe(n);
    }
  });

  it('refuses reversed ranges and unknown years', () => {
    expect(refusal(() => workingDaysBetween('2025-05-05', '2025-05-02', calendar)).messageKey).toBe('hari_kerja.range_reversed');
    expect(refusal(() => workingDaysBetween('2026-12-30', '2027-01-04', calendar)).params).toEqual({ year: 2027 });
  });
});
