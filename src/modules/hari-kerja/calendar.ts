import type { HolidayType } from './data/types.ts';
import { type LocalDate, weekdayOf } from './local-date.ts';

/** One non-working date as the counting sees it. */
export type CalendarEntry = { date: LocalDate; type: HolidayType; name: string; source: string };

/**
 * What deadline counting needs: the years whose national calendar is complete and the
 * non-working dates (national plus the tenant's own closures). Counting over any other year
 * must refuse, because a missing holiday would make a legal deadline a day too early.
 */
export type WorkingCalendar = { years: ReadonlySet<number>; entries: ReadonlyMap<LocalDate, readonly CalendarEntry[]> };

/** Why a date is skipped: the weekend or the holiday, as the API reports it. */
export type SkipReason = { date: LocalDate; kind: 'akhir_pekan' | HolidayType; reason: string; source: string | null };

// When several decrees name one date, the strongest legal kind explains it.
const strength: Record<HolidayType, number> = { libur_nasional: 0, keppres: 1, cuti_bersama: 2, lokal: 3 };
const dayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** Builds a calendar from complete years and their entries (any order, duplicates allowed). */
export function buildCalendar(years: Iterable<number>, entries: Iterable<CalendarEntry>): WorkingCalendar {
  const byDate = new Map<LocalDate, CalendarEntry[]>();
  for (const e of entries) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
  for (const list of byDate.values()) list.sort((a, b) => strength[a.type] - strength[b.type]);
  return { years: new Set(years), entries: byDate };
}

/** Null for a working day; otherwise why the date is not one. */
export function skipReasonOf(date: LocalDate, calendar: WorkingCalendar): SkipReason | null {
  const day = weekdayOf(date);
  const holidays = calendar.entries.get(date) ?? [];
  const names = holidays.map((h) => h.name).join('; ');
  if (day === 0 || day === 6) {
    const reason = names ? `${dayNames[day]} (juga ${names})` : (dayNames[day] as string);
    return { date, kind: 'akhir_pekan', reason, source: holidays[0]?.source ?? null };
  }
  const first = holidays[0];
  if (!first) return null;
  return { date, kind: first.type, reason: names, source: first.source };
}
