import type { Queryable } from '../../db/types.ts';
import { listHolidays } from '../hari-kerja/list-holidays.ts';
import { addDays, type LocalDate, localDateOf, weekdayOf } from '../hari-kerja/local-date.ts';

export type Closure = { date: LocalDate; names: string[] };

/** How far ahead the service hours page lists closures. */
export const CLOSURE_WINDOW_DAYS = 60;

/**
 * The dates from today through the window on which the service would be open but the working-day
 * calendar (national holidays, cuti bersama, decree days, the tenant's own closures) says it is
 * not: the same calendar the deadlines are counted on, so the page and the deadlines agree.
 * `openDays` are 1 = Monday … 7 = Sunday.
 */
export async function upcomingClosures(db: Queryable, tenantId: string, timeZone: string, openDays: ReadonlySet<number>, now = new Date()): Promise<Closure[]> {
  const today = localDateOf(now, timeZone);
  const last = addDays(today, CLOSURE_WINDOW_DAYS);
  const years = [...new Set([today, last].map((d) => Number(d.slice(0, 4))))];
  const rows = (await Promise.all(years.map((year) => listHolidays(db, tenantId, year)))).flat();
  const byDate = new Map<LocalDate, string[]>();
  for (const row of rows) {
    const isoDay = weekdayOf(row.date) || 7;
    if (row.date < today || row.date > last || !openDays.has(isoDay)) continue;
    const names = byDate.get(row.date) ?? [];
    if (!names.includes(row.name)) names.push(row.name);
    byDate.set(row.date, names);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, names]) => ({ date, names }));
}
