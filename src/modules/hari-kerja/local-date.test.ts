import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, localDateOf, weekdayOf } from './local-date.ts';

describe('local dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-3-27')).toBe(false);
    expect(isLocalDate('27-03-2025')).toBe(false);
  });

  it('adds days across month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('counts calendar days between two dates, over a leap day and backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-04-01', '2026-09-30')).toBe(182);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(daysBetween('2026-12-04', '2026-12-04')).toBe(0);
  });

  it('knows the weekday (0 = Minggu … 6 = Sabtu)', () => {
    expect(weekdayOf('2025-03-31')).toBe(1); // Idul Fitri 1446 H, a Monday
    expect(weekdayOf('2026-03-21')).toBe(6); // Idul Fitri 1447 H, a Saturday
    expect(weekdayOf('2024-03-31')).toBe(0); // Paskah 2024, a Sunday
  });

  it('takes the date of an instant in the tenant’s zone, not the server’s', () => {
    // 2025-03-27T15:30Z is 22:30 WIB and 23:30 WITA on the 27th, but 00:30 WIT on the 28th.
    const instant = new Date('2025-03-27T15:30:00Z');
    expect(localDateOf(instant, 'Asia/Jakarta')).toBe('2025-03-27');
    expect(localDateOf(instant, 'Asia/Makassar')).toBe('2025-03-27');
    expect(localDateOf(instant, 'Asia/Jayapura')).toBe('2025-03-28');
  });

  it('puts the last minute of a day on that day in each zone', () => {
    expect(localDateOf(new Date('2025-12-23T16:59:00Z'), 'Asia/Jakarta')).toBe('2025-12-23'); // 23:59 WIB
    expect(localDateOf(new Date('2025-12-23T15:59:00Z'), 'Asia/Makassar')).toBe('2025-12-23'); // 23:59 WITA
    expect(localDateOf(new Date('2025-12-23T14:59:00Z'), 'Asia/Jayapura')).toBe('2025-12-23'); // 23:59 WIT
    expect(localDateOf(new Date('2025-12-23T15:00:00Z'), 'Asia/Jayapura')).toBe('2025-12-24'); // 00:00 WIT
  });
});
