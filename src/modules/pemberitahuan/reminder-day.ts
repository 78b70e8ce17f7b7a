import type { WorkingCalendar } from '../hari-kerja/calendar.ts';
import { skipReasonOf } from '../hari-kerja/calendar.ts';
import { addWorkingDays } from '../hari-kerja/count-working-days.ts';
import { type LocalDate, yearOf } from '../hari-kerja/local-date.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';

/** Working days ahead that count as "due soon" in the PPID reminder. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The day a reminder is for: `today` in the tenant's zone, and `horizon`, the last date still
 * "due soon" (the second working day after today). Deadlines before `today` are overdue.
 */
export type ReminderDay = { today: LocalDate; horizon: LocalDate };

/**
 * The reminder day for `today`, or null when today is not a working day (weekend, national
 * holiday, cuti bersama or the tenant's own closure): nobody reads a reminder then, and the
 * next working day's run covers the same deadlines.
 */
export function reminderDay(today: LocalDate, calendar: WorkingCalendar): ReminderDay | null {
  if (skipReasonOf(today, calendar)) return null;
  return { today, horizon: dueSoonHorizon(today, calendar) };
}

/** The last date still "due soon" on `today` (the second working day after it); the admin home counts with it too. */
export function dueSoonHorizon(today: LocalDate, calendar: WorkingCalendar): LocalDate {
  const horizon = unlessCalendarMissing(() => addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar).due);
  // Null: the count ran into a year without a complete calendar. No deadline can lie in such a
  // year (it could not have been counted), and every date left in today's year is within the two
  // working days, or the count would have ended before leaving the year.
  return horizon ?? `${yearOf(today)}-12-31`;
}

/** Items split by their deadline: past it, or due from today up to the horizon. Others are left out. */
export function splitByDue<T extends { due: LocalDate | null }>(items: readonly T[], day: ReminderDay): { overdue: T[]; dueSoon: T[] } {
  const dated = items.filter((i): i is T & { due: LocalDate } => i.due !== null);
  const byDue = (a: { due: LocalDate }, b: { due: LocalDate }) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  return {
    overdue: dated.filter((i) => i.due < day.today).sort(byDue),
    dueSoon: dated.filter((i) => i.due >= day.today && i.due <= day.horizon).sort(byDue),
  };
}
