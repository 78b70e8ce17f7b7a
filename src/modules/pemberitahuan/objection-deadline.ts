import type { Queryable } from '../../db/types.ts';
import { addWorkingDays } from '../hari-kerja/count-working-days.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';

/** Working days the requester has to object (UU 14/2008 Pasal 36(1)). */
export const OBJECTION_WORKING_DAYS = 30;

/**
 * The last day to file an objection: 30 working days after the notice date (day 0), on the
 * tenant's calendar. Null when a year on the way has no complete working-day calendar yet; the
 * notice then states the period without a date rather than print a date that may be too early.
 */
export async function objectionDeadline(db: Queryable, tenantId: string, noticeDate: string): Promise<string | null> {
  const calendar = await loadCalendar(db, tenantId, Number(noticeDate.slice(0, 4)));
  return unlessCalendarMissing(() => addWorkingDays(noticeDate, OBJECTION_WORKING_DAYS, calendar).due);
}
