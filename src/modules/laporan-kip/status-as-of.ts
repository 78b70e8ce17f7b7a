import { openStatuses, type Status } from '../permohonan/terms.ts';
import type { RequestFacts } from './load-rows.ts';

/** One step of a request's case history: the status it moved to, on which local date. */
export type HistoryStep = { permohonanId: string; toStatus: Status; day: string };

/** A request as it stood on a date: its facts then, what it is now, and whether it went unanswered. */
export type SnapshotFacts = RequestFacts & {
  /** The status today, for the rows behind a cell: "open on 31 March, granted on 3 April". */
  statusSekarang: Status;
  /** The deadline that ran on the date: the extended one only once the extension was recorded. */
  jatuhTempo: string | null;
  /**
   * Still without a written notice after its deadline had passed (UU 14/2008 Pasal 22(7)–(8)):
   * not answered, an objection ground of Pasal 35(1) c. Counted with the refusals, as seed 003 does.
   */
  tidakDijawab: boolean;
};

/**
 * The request as it stood at the end of `asOf` (a local date in the tenant's zone), rebuilt from
 * its case history, so a finished period's report stays what it was when the period closed.
 *
 * - A final status (granted, refused, withdrawn, forwarded) holds from its decision date — the date
 *   of the written notice, which the PPID may record as earlier than the day it was entered.
 * - Before that, the status is the last open step (registered, in process, extended) dated on or
 *   before `asOf`. A row without any history (imported or older data) keeps its current open status.
 * - The extension's due date counts only once the extension step is dated on or before `asOf`.
 */
export function factsAsOf(f: RequestFacts, steps: readonly HistoryStep[], asOf: string): SnapshotFacts {
  const now = f.status;
  const decidedBy = f.decidedDay !== null && f.decidedDay <= asOf && !openStatuses.includes(now);
  if (decidedBy) return { ...f, statusSekarang: now, jatuhTempo: f.extendedDueDate ?? f.dueDate, tidakDijawab: false };
  let status: Status = openStatuses.includes(now) && steps.length === 0 ? now : 'terdaftar';
  for (const s of steps) if (s.day <= asOf && openStatuses.includes(s.toStatus)) status = s.toStatus;
  const extended = f.extendedDueDate !== null && (steps.length === 0 ? true : steps.some((s) => s.toStatus === 'diperpanjang' && s.day <= asOf));
  const jatuhTempo = extended ? f.extendedDueDate : f.dueDate;
  return {
    ...f,
    status,
    decidedAt: null,
    decidedDay: null,
    refusalGround: null,
    statusSekarang: now,
    jatuhTempo,
    tidakDijawab: jatuhTempo !== null && jatuhTempo < asOf,
  };
}
