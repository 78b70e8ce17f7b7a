import type { Queryable } from '../../db/types.ts';
import { addWorkingDays } from '../hari-kerja/count-working-days.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';
import { DUE_SOON_WORKING_DAYS } from '../pemberitahuan/reminder-day.ts';
import { effectiveDueDate, todayIn } from './deadlines.ts';
import type { PermohonanListItem } from './list-permohonan.ts';
import { openStatuses } from './terms.ts';

/** A register row with its deadline's urgency. */
export type PermohonanRegisterItem = PermohonanListItem & {
  /** Still open and due from today up to the second working day after it, as the daily PPID reminder counts. */
  dueSoon: boolean;
};

/**
 * Marks the open requests due soon: running deadline from today to the second working day after
 * it on the tenant's calendar (the same horizon as the reminder e-mail). While next year's calendar
 * is missing, every date left in this year is within that horizon.
 */
export async function withDueSoon(
  db: Queryable,
  tenantId: string,
  timeZone: string,
  items: readonly PermohonanListItem[],
  now = new Date(),
): Promise<PermohonanRegisterItem[]> {
  const today = todayIn(timeZone, now);
  const calendar = await loadCalendar(db, tenantId, Number(today.slice(0, 4)));
  const horizon = unlessCalendarMissing(() => addWorkingDays(today, DUE_SOON_WORKING_DAYS, calendar).due) ?? `${today.slice(0, 4)}-12-31`;
  return items.map((item) => {
    const due = effectiveDueDate(item);
    return { ...item, dueSoon: openStatuses.includes(item.status) && due !== null && due >= today && due <= horizon };
  });
}
