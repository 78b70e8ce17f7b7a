import { describe, expect, it } from 'vitest';
import { isLocalDate, weekdayOf, yearOf } from '../local-date.ts';
import { shippedCalendars } from './index.ts';

const count = (year: number, type: string) => shippedCalendars.find((c) => c.year === year)!.holidays.filter((h) => h.type === type).length;

describe('shipped national calendars', () => {
  it('hold the numbers of days the decrees announce', () => {
    // 2024: 17 libur nasional + 10 cuti bersama (SKB 855/2023) + Pemilu (Keppres 10/2024) + Pilkada (Keppres 33/2024).
    expect([count(2024, 'libur_nasional'), count(2024, 'cuti_bersama'), count(2024, 'keppres')]).toEqual([17, 10, 2]);
    // 2025: 17 + 10 (SKB 1017/2024) + 18 August (SKB 933/2025).
    expect([count(2025, 'libur_nasional'), count(2025, 'cuti_bersama'), count(2025, 'keppres')]).toEqual([17, 11, 0]);
    // 2026: 17 + 8 (SKB 1497/2025, Keppres 42/2025).
    expect([count(2026, 'libur_nasional'), count(2026, 'cuti_bersama'), count(2026, 'keppres')]).toEqual([17, 8, 0]);
    // 2027: 18 + 8 (SKB 1205/2026); Isra Mikraj twice (27 Rajab 1448 and 1449 H).
    expect([count(2027, 'libur_nasional'), count(2027, 'cuti_bersama'), count(2027, 'keppres')]).toEqual([18, 8, 0]);
    const israMikraj = shippedCalendars.find((c) => c.year === 2027)!.holidays.filter((h) => h.name.startsWith('Isra Mikraj'));
    expect(israMikraj.map((h) => h.date)).toEqual(['2027-01-05', '2027-12-26']);
  });

  it('has valid dates inside their own year, each with a name and a source, none twice', () => {
    for (const cal of shippedCalendars) {
      const seen = new Set<string>();
      for (const h of cal.holidays) {
        expect(isLocalDate(h.date), h.date).toBe(true);
        expect(yearOf(h.date)).toBe(cal.year);
        expect(h.name.length).toBeGreaterThan(3);
        expect(h.source).toMatch(/Nomor \d+ Tahun \d{4}/);
        const key = `${h.date}|${h.type}|${h.source}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('puts every cuti bersama and decree day on a weekday (a weekend one would be a typo)', () => {
    for (const h of shippedCalendars.flatMap((c) => c.holidays)) {
      if (h.type !== 'libur_nasional') expect([0, 6], `${h.date} ${h.name}`).not.toContain(weekdayOf(h.date));
    }
  });

  it('matches the weekdays the decrees print beside the dates', () => {
    const day = (d: string) => ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'][weekdayOf(d)];
    expect(day('2024-02-10')).toBe('Sabtu'); // Imlek 2575
    expect(day('2024-04-15')).toBe('Senin'); // last cuti bersama Idul Fitri 1445
    expect(day('2025-03-29')).toBe('Sabtu'); // Nyepi 1947
    expect(day('2025-04-07')).toBe('Senin'); // last cuti bersama Idul Fitri 1446
    expect(day('2025-08-18')).toBe('Senin'); // cuti bersama HUT ke-80 RI
    expect(day('2026-03-21')).toBe('Sabtu'); // Idul Fitri 1447
    expect(day('2026-05-31')).toBe('Minggu'); // Waisak 2570
    expect(day('2026-12-24')).toBe('Kamis'); // cuti bersama Natal
    expect(day('2027-03-10')).toBe('Rabu'); // Idul Fitri 1448
    expect(day('2027-03-15')).toBe('Senin'); // last cuti bersama Idul Fitri 1448
    expect(day('2027-05-19')).toBe('Rabu'); // cuti bersama Waisak 2571
  });
});
