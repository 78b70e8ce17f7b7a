import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { Status as RequestStatus } from '../permohonan/terms.ts';
import { workingDaysAfter } from './deadlines.ts';
import { outcomeArisenOn } from './ground-arisen.ts';
import { keberatan } from './schema.ts';
import { type Decision, FILING_WORKING_DAYS, type Status } from './terms.ts';

/** An objection as its requester may see it on the request's tracking page: no representative, no statement. */
export type PublicObjection = { number: string; status: Status; receivedAt: Date; dueDate: string | null; decision: Decision | null };

/** What the tracking page says about objecting to a request. */
export type RequestObjections = {
  /** The request was decided (or left unanswered past its deadline) and the time to object has not run out. */
  canObject: boolean;
  /** What the objection would be about: the decision, or the answer that never came in time. */
  about: 'decision' | 'no_answer' | null;
  /** The last day to object: 30 working days after the ground arose; null when not yet countable or not arisen. */
  filingDeadline: string | null;
  objections: PublicObjection[];
};

type RequestState = { id: string; tenantId: string; status: RequestStatus; dueDate: string | null; extendedDueDate: string | null; decidedAt: Date | null };

/**
 * The objections filed about a request and whether one may still be filed, for the requester who
 * proved the request is theirs (the request module's tracking page calls this, since this module
 * owns the objection tables). Grounds b and f can be claimed at any time, but the page only
 * invites an objection once the request's outcome is known.
 */
export async function objectionsOfRequest(db: Queryable, request: RequestState, timeZone: string, now = new Date()): Promise<RequestObjections> {
  const objections = await db
    .select({ number: keberatan.number, status: keberatan.status, receivedAt: keberatan.receivedAt, dueDate: keberatan.dueDate, decision: keberatan.decision })
    .from(keberatan)
    .where(eq(keberatan.permohonanId, request.id))
    .orderBy(asc(keberatan.receivedAt), asc(keberatan.number));
  const today = localDateOf(now, timeZone);
  const arisen = outcomeArisenOn(request, today, timeZone);
  const filingDeadline = arisen ? await workingDaysAfter(db, request.tenantId, arisen, FILING_WORKING_DAYS) : null;
  return {
    canObject: arisen !== null && (filingDeadline === null || today <= filingDeadline),
    about: arisen === null ? null : request.decidedAt ? 'decision' : 'no_answer',
    filingDeadline,
    objections: objections.map((o) => ({ ...o, status: o.status as Status, decision: o.decision ?? null })),
  };
}
