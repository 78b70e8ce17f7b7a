import { asc } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { type LocalDate, localDateOf, yearOf } from './local-date.ts';
import { holidayYears } from './schema.ts';

export type CalendarStatus = {
  today: LocalDate;
  years: Array<{ year: number; source: string }>;
  /** Set when a deadline could soon run into a year without a calendar. */
  warning: { key: MessageKey; year: number } | null;
};

/**
 * Which years have a complete calendar, and a warning when the current year is missing or, from
 * 1 October on (when next year's SKB is normally out), when next year is missing.
 */
export async function calendarStatus(db: Queryable, timeZone: string, now: Date = new Date()): Promise<CalendarStatus> {
  const years = await db.select({ year: holidayYears.year, source: holidayYears.source }).from(holidayYears).orderBy(asc(holidayYears.year));
  const today = localDateOf(now, timeZone);
  const current = yearOf(today);
  const known = new Set(years.map((y) => y.year));
  let warning: CalendarStatus['warning'] = null;
  if (!known.has(current)) warning = { key: 'hari_kerja.current_year_missing', year: current };
  else if (today.slice(5) >= '10-01' && !known.has(current + 1)) warning = { key: 'hari_kerja.next_year_missing', year: current + 1 };
  return { today, years, warning };
}
