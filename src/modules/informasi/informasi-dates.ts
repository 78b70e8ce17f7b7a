import { localDateOf } from '../hari-kerja/local-date.ts';

// Calendar dates of the information list are plain `YYYY-MM-DD` strings in the tenant's time zone.

/** Today's date in a time zone, as `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Berkala information must be renewed at least every six months (UU 14/2008 Pasal 9(3)). */
export const BERKALA_MONTHS = 6;
