import { AppError } from '../../lib/errors.ts';
import { localDateIn } from './deadlines.ts';
import type { LinkedRequest } from './request-link.ts';
import type { Ground } from './terms.ts';

/**
 * Grounds that arise only from what happened to the request: a refusal (a), no answer (c), an
 * answer not as asked (d), not fulfilled (e), late delivery (g). Periodic information not published
 * (b) and an unreasonable fee (f) can arise at any time.
 */
const needOutcome: readonly Ground[] = ['a', 'c', 'd', 'e', 'g'];

/**
 * The day the ground of an objection arose (day 0 of the 30 working days of Pasal 36(1)): the day
 * the request was decided, or the day its running deadline ran out unanswered; for grounds b and f
 * alone, the day the objection was received. Refuses an objection to a withdrawn request, and one
 * whose grounds cannot have arisen yet because the request is still within its time.
 */
export function groundArisenOn(request: LinkedRequest, chosen: readonly Ground[], receivedDate: string, timeZone: string): string {
  if (request.status === 'ditarik') throw new AppError('conflict', 'keberatan.request_withdrawn', 'permohonanNumber');
  if (request.decidedAt) return localDateIn(request.decidedAt, timeZone);
  const due = request.extendedDueDate ?? request.dueDate;
  if (due && due < receivedDate) return due;
  const early = chosen.filter((g) => needOutcome.includes(g));
  if (early.length > 0) throw new AppError('invalid', 'keberatan.ground_not_arisen', 'grounds', { grounds: early.join(', ') });
  return receivedDate;
}
