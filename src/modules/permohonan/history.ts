import type { Tx } from '../../db/types.ts';
import { recordStep } from '../alur/record-step.ts';
import type { Actor } from '../audit/record-audit.ts';
import type { Status } from './terms.ts';

/** The requests' workflow name: their steps in the shared history (`alur_riwayat`) and their audit entity. */
export const PERMOHONAN = 'permohonan';

/**
 * Appends a step that is not a move of the workflow, in the caller's transaction: a note on the
 * status the request stays in (a recount, a notice sent).
 * Moves between statuses go through `permohonanAlur.move` (transition.ts).
 */
export async function recordHistory(tx: Tx, actor: Actor, permohonanId: string, from: Status | null, to: Status, note: string | null, at: Date): Promise<void> {
  await recordStep(tx, actor, { entity: PERMOHONAN, entityId: permohonanId, from, to, note, at });
}
