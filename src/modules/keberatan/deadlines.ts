import type { Queryable } from '../../db/types.ts';
import { addWorkingDays } from '../hari-kerja/count-working-days.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';

/**
 * The n-th working day after a local date on the tenant's calendar (src/modules/hari-kerja), or
 * null when a year on the way has no complete calendar yet: the objection is still registered,
 * its deadline waits.
 */
export async function workingDaysAfter(db: Queryable, tenantId: string, localDate: string, n: number): Promise<string | null> {
  const calendar = await loadCalendar(db, tenantId, Number(localDate.slice(0, 4)));
  return unlessCalendarMissing(() => addWorkingDays(localDate, n, calendar).due);
}
