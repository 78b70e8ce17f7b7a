import { AppError } from '../../lib/errors.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { LinkedRequest } from './request-link.ts';
import type { Ground } from './terms.ts';

/**
 * The day a request's outcome gave grounds to object, as things stood on `asOf`: the day it was
 * decided, or the day its running deadline ran out unanswered. Null while it was still within
 * its time, and for a withdrawn request.
 */
export function outcomeArisenOn(request: Omit<LinkedRequest, 'id' | 'number' | 'receivedAt'>, asOf: string, timeZone: string): string | null {
  if (request.status === 'ditarik') return null;
  const decided = request.decidedAt ? localDateOf(request.decidedAt, timeZone) : null;
  if (decided && decided <= asOf) return decided;
  const due = request.extendedDueDate ?? request.dueDate;
  return due && due < asOf ? due : null;
}

/**
 * The day the ground of an objection arose (day 0 of the 30 working days of Pasal 36(1)). Ground
 * b (periodic information not published) concerns no single answer and runs from the day the
 * objection is received. Every other ground comes from what happened to the request: a refusal
 * (a), no answer (c), an answer not as asked (d), not fulfilled (e), the fee set in the answer (f),
 * late delivery (g); they run from the decision or the missed deadline, and only f may be claimed
 * before either (a fee asked for while the request is handled). With several grounds, the latest
 * day counts, since the objection stands if any of its grounds is still in time. The request is
 * taken as it stood on the day the objection was received (staff may enter an older letter).
 * Refuses grounds that cannot have arisen yet, and what `assertObjectable` refuses.
 */
export function groundArisenOn(request: LinkedRequest, chosen: readonly Ground[], receivedDate: string, timeZone: string): string {
  assertObjectable(request, receivedDate, timeZone);
  const outcome = outcomeArisenOn(request, receivedDate, timeZone);
  const early = chosen.filter((g) => g !== 'b' && g !== 'f' && !outcome);
  if (early.length > 0) throw new AppError('invalid', 'keberatan.ground_not_arisen', 'grounds', { grounds: early.join(', ') });
  const days = chosen.map((g) => (g === 'b' || !outcome ? receivedDate : outcome));
  return days.sort().at(-1) ?? receivedDate;
}

/** Refuses an objection to a withdrawn request, and one dated before the request was received. */
export function assertObjectable(request: LinkedRequest, receivedDate: string, timeZone: string): void {
  if (request.status === 'ditarik') throw new AppError('conflict', 'keberatan.request_withdrawn', 'permohonanNumber');
  if (receivedDate < localDateOf(request.receivedAt, timeZone)) throw new AppError('invalid', 'keberatan.before_request', 'receivedAt');
}
