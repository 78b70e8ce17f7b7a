import type { Tx } from '../../db/types.ts';
import type { Actor } from '../audit/record-audit.ts';
import { keberatanRiwayat } from './schema.ts';
import type { Status } from './terms.ts';

/** Appends one step to an objection's case history, in the caller's transaction. */
export async function recordHistory(tx: Tx, actor: Actor, keberatanId: string, from: Status | null, to: Status, note: string | null, at: Date): Promise<void> {
  await tx.insert(keberatanRiwayat).values({ keberatanId, fromStatus: from, toStatus: to, actorUserId: actor.userId, actorLabel: actor.label, at, note });
}
