import type { Tx } from '../../db/types.ts';
import type { Actor } from '../audit/record-audit.ts';
import { alurRiwayat } from './schema.ts';

export type Step = { entity: string; entityId: string; from: string | null; to: string; note: string | null; at: Date };

/**
 * Appends one step to a workflow's history in the caller's transaction. `Alur.move` calls it for
 * every change; a row's first step (its creation, `from` null) is recorded by its creator.
 */
export async function recordStep(tx: Tx, actor: Actor, step: Step): Promise<void> {
  await tx.insert(alurRiwayat).values({
    entity: step.entity,
    entityId: step.entityId,
    fromStatus: step.from,
    toStatus: step.to,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    at: step.at,
    note: step.note,
  });
}
