import { AppError } from '../../lib/errors.ts';
import { type SkipReason, skipReasonOf, type WorkingCalendar } from './calendar.ts';
import { addDays, type LocalDate, yearOf } from './local-date.ts';

export type DueDate = { due: LocalDate; skipped: SkipReason[] };

/** The most working days any PPID step needs is 30; the API allows up to 100. */
export const MAX_WORKING_DAYS = 100;

function assertYearKnown(date: LocalDate, calendar: WorkingCalendar): void {
  const year = yearOf(date);
  if (!calendar.years.has(year)) throw new AppError('invalid', 'hari_kerja.calendar_missing', 'mulai', { year });
}

/**
 * The n-th working day after `start` (the receipt date is day 0), with every non-working date
 * passed on the way and why. A Saturday receipt therefore falls due with the Friday before it.
 * Refuses when a year the count touches has no complete calendar.
 */
export function addWorkingDays(start: LocalDate, n: number, calendar: WorkingCalendar): DueDate {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new AppError('invalid', 'hari_kerja.days_range', 'hari', { max: MAX_WORKING_DAYS });
  assertYearKnown(start, calendar);
  const skipped: SkipReason[] = [];
  let date = start;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    assertYearKnown(date, calendar);
    const reason = skipReasonOf(date, calendar);
    if (reason) skipped.push(reason);
    else counted++;
  }
  return { due: date, skipped };
}

/**
 * Working days from `from` (exclusive, day 0) to `to` (inclusive): a request received on
 * `from` and answered on `to` took this many working days. Zero when both are the same date.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, calendar: WorkingCalendar): number {
  if (to < from) throw new AppError('invalid', 'hari_kerja.range_reversed', 'sampai');
  assertYearKnown(from, calendar);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    assertYearKnown(date, calendar);
    if (!skipReasonOf(date, calendar)) count++;
  }
  return count;
}
