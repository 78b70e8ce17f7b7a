import type { Queryable } from '../../db/types.ts';
import { workingDaysBetween } from '../hari-kerja/count-working-days.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { unlessCalendarMissing } from '../hari-kerja/unless-calendar-missing.ts';
import type { Status } from '../permohonan/terms.ts';
import { cachedCalendar } from './cached-calendar.ts';

/** Statuses that answer the request (the written notice of Pasal 22(7)): only these have a service time. */
export const answeredStatuses: readonly Status[] = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak'];

type Timed = { id: string; status: Status; receivedAt: Date; decidedAt: Date | null };

/**
 * Working days each answered request took, from its receipt date (day 0) to its decision date in
 * the tenant's zone (UU 14/2008 Pasal 22(7)); null when unanswered or when a year it spans has no
 * complete working-day calendar yet, since a guessed count would mislead.
 */
export async function serviceDays(db: Queryable, tenantId: string, timeZone: string, rows: readonly Timed[]): Promise<Map<string, number | null>> {
  const answered = rows.filter((r) => r.decidedAt && answeredStatuses.includes(r.status));
  const result = new Map<string, number | null>(rows.map((r) => [r.id, null]));
  if (answered.length === 0) return result;
  const years = answered.flatMap((r) => [r.receivedAt, r.decidedAt!]).map((d) => Number(localDateOf(d, timeZone).slice(0, 4)));
  const calendar = await cachedCalendar(db, tenantId, Math.min(...years), Math.max(...years));
  for (const r of answered) {
    const from = localDateOf(r.receivedAt, timeZone);
    const to = localDateOf(r.decidedAt!, timeZone);
    // A decision dated before its receipt (a letter entered late) took no working day.
    const days = to < from ? 0 : unlessCalendarMissing(() => workingDaysBetween(from, to, calendar));
    if (days !== null) result.set(r.id, days);
  }
  return result;
}
