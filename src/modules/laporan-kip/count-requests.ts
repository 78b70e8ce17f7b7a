import type { Queryable } from '../../db/types.ts';
import type { WorkingCalendar } from '../hari-kerja/calendar.ts';
import { workingDaysBetween } from '../hari-kerja/count-working-days.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';
import { decidedStatuses, normaliseInformation, statusGroupOf } from './classify.ts';
import type { RequestFacts } from './load-rows.ts';
import type { CountedRequest } from './selection.ts';
import type { SnapshotFacts } from './status-as-of.ts';

/**
 * Adds what the report counts by to each request (as it stood on the report's date): its status
 * row — "Ditolak/tidak dijawab" for a refusal and for a request left unanswered past its deadline —,
 * its service time in working days from the receipt date (day 0) to the decision date in the
 * tenant's zone — only for a grant or a refusal — and its normalised information text. A service
 * time over a year whose working-day calendar is not entered yet stays null (not countable).
 */
export function countRequests(facts: readonly SnapshotFacts[], calendar: WorkingCalendar): CountedRequest[] {
  return facts.map((f) => ({
    ...f,
    group: f.tidakDijawab ? 'ditolak' : statusGroupOf(f.status),
    serviceDays: serviceDaysOf(f, calendar),
    informationKey: normaliseInformation(f.informationDetails),
  }));
}

/** A request's service time in working days, or null when undecided or not countable yet. */
export function serviceDaysOf(f: RequestFacts, calendar: WorkingCalendar): number | null {
  if (!f.decidedDay || !decidedStatuses.includes(f.status)) return null;
  const from = f.receivedDay;
  const to = f.decidedDay;
  // A decision dated before its receipt is a data-entry slip; it took no working days.
  if (to < from) return 0;
  return unlessCalendarMissing(() => workingDaysBetween(from, to, calendar));
}

/** The tenant's working-day calendar covering every receipt and decision among these requests. */
export async function calendarFor(db: Queryable, tenantId: string, facts: readonly RequestFacts[]): Promise<WorkingCalendar> {
  const years = facts.flatMap((f) => [f.receivedDay, f.decidedDay ?? f.receivedDay]).map((d) => Number(d.slice(0, 4)));
  const now = new Date().getUTCFullYear();
  // A loop, not Math.min(...years): a spread of 10,000 rows' years is a needlessly long argument list.
  let first = years[0] ?? now;
  let last = first;
  for (const y of years) {
    first = Math.min(first, y);
    last = Math.max(last, y);
  }
  return loadCalendar(db, tenantId, first, last);
}
