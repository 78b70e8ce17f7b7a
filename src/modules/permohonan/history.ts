import type { Tx } from '../../db/types.ts';
import type { Actor } from '../audit/record-audit.ts';
import { permohonanRiwayat } from './schema.ts';
import type { Status } from './terms.ts';

/** Appends one step to a request's case history, in the caller's transaction. */
export async function recordHistory(tx: Tx, actor: Actor, permohonanId: string, from: Status | null, to: Status, note: string | null, at: Date): Promise<void> {
  await tx.insert(permohonanRiwayat).values({ permohonanId, fromStatus: from, toStatus: to, actorUserId: actor.userId, actorLabel: actor.label, at, note });
}
