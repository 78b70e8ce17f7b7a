import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { addWorkingDays, type DueDate } from './count-working-days.ts';
import { loadCalendar } from './load-calendar.ts';
import { isLocalDate, type LocalDate, localDateOf, yearOf } from './local-date.ts';

export type DueDateQuery = {
  /** A local date `YYYY-MM-DD`, or an instant with its offset (e.g. `2025-03-27T15:30:00Z`). */
  start: string;
  days: number;
  timeZone: string;
  tenantId: string | null;
};

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The receipt's local date: a date stays as it is; an instant becomes its date in the time zone. */
export function receiptDate(start: string, timeZone: string): LocalDate {
  if (isLocalDate(start)) return start;
  const instant = new Date(start);
  if (!instantPattern.test(start) || Number.isNaN(instant.getTime())) throw new AppError('invalid', 'hari_kerja.start_invalid', 'mulai');
  return localDateOf(instant, timeZone);
}

/** The due date of a deadline of `days` working days on the tenant's calendar. */
export async function computeDueDate(db: Queryable, q: DueDateQuery): Promise<DueDate & { start: LocalDate }> {
  const start = receiptDate(q.start, q.timeZone);
  const calendar = await loadCalendar(db, q.tenantId, yearOf(start));
  return { start, ...addWorkingDays(start, q.days, calendar) };
}
