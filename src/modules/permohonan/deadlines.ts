import type { Queryable } from '../../db/types.ts';
import { addWorkingDays } from '../hari-kerja/count-working-days.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';
import { ANSWER_WORKING_DAYS, EXTENSION_WORKING_DAYS } from './terms.ts';

/**
 * What the request module needs from the working-day calendar (src/modules/hari-kerja): the n-th
 * working day after a local date, or null when a year on the way has no complete calendar yet.
 * A request is still registered then (the number is due at receipt); its due date waits.
 */
export type DeadlineCalendar = { addWorkingDays(localDate: string, n: number): string | null };

/** The tenant's working-day calendar from `fromYear` on (national dates plus its own closures). */
export async function deadlineCalendar(db: Queryable, tenantId: string, fromYear: number): Promise<DeadlineCalendar> {
  const calendar = await loadCalendar(db, tenantId, fromYear);
  return {
    addWorkingDays: (localDate, n) => unlessCalendarMissing(() => addWorkingDays(localDate, n, calendar).due),
  };
}

/** The answer's due date: 10 working days after the receipt date (Pasal 22(7)). */
export function answerDueDate(calendar: DeadlineCalendar, receivedDate: string): string | null {
  return calendar.addWorkingDays(receivedDate, ANSWER_WORKING_DAYS);
}

/** The extended due date: 7 working days after the original due date (Pasal 22(8)). */
export function extendedDeadline(calendar: DeadlineCalendar, dueDate: string): string | null {
  return calendar.addWorkingDays(dueDate, EXTENSION_WORKING_DAYS);
}

/** Today's date in the tenant's zone, for overdue checks. */
export function todayIn(timeZone: string, now = new Date()): string {
  return localDateOf(now, timeZone);
}

/** The deadline that runs now: the extended one once granted. */
export function effectiveDueDate(row: { dueDate: string | null; extendedDueDate: string | null }): string | null {
  return row.extendedDueDate ?? row.dueDate;
}
