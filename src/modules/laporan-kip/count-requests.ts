import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import type { WorkingCalendar } from '../hari-kerja/calendar.ts';
import { workingDaysBetween } from '../hari-kerja/count-working-days.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { decidedStatuses, normaliseInformation, statusGroupOf } from './classify.ts';
import type { RequestFacts } from './load-rows.ts';
import type { CountedRequest } from './selection.ts';

/**
 * Adds what the report counts by to each request: its status row, its service time in working
 * days from the receipt date (day 0) to the decision date in the tenant's zone — only for a grant
 * or a refusal — and its normalised information text. A service time over a year whose
 * working-day calendar is not entered yet stays null and is reported as not countable.
 */
export function countRequests(facts: readonly RequestFacts[], calendar: WorkingCalendar, timeZone: string): CountedRequest[] {
  return facts.map((f) => ({
    ...f,
    group: statusGroupOf(f.status),
    serviceDays: serviceDaysOf(f, calendar, timeZone),
    informationKey: normaliseInformation(f.informationDetails),
  }));
}

function serviceDaysOf(f: RequestFacts, calendar: WorkingCalendar, timeZone: string): number | null {
  if (!f.decidedAt || !decidedStatuses.includes(f.status)) return null;
  const from = localDateOf(f.receivedAt, timeZone);
  const to = localDateOf(f.decidedAt, timeZone);
  try {
    return workingDaysBetween(from, to < from ? from : to, calendar);
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'hari_kerja.calendar_missing') return null;
    throw err;
  }
}

/** The tenant's working-day calendar covering every receipt and decision among these requests. */
export async function calendarFor(db: Queryable, tenantId: string, facts: readonly RequestFacts[], timeZone: string): Promise<WorkingCalendar> {
  const years = facts.flatMap((f) => [f.receivedAt, f.decidedAt ?? f.receivedAt]).map((d) => Number(localDateOf(d, timeZone).slice(0, 4)));
  const now = new Date().getUTCFullYear();
  const first = years.reduce((a, b) => Math.min(a, b), years[0] ?? now);
  const last = years.reduce((a, b) => Math.max(a, b), years[0] ?? now);
  return loadCalendar(db, tenantId, first, last);
}
