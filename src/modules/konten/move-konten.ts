import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { OrgActor } from '../org/actor.ts';
import { applyMove } from './apply-move.ts';
import { type KontenDetail, kontenDetail } from './get-konten.ts';
import { contextOf, kontenInTenant } from './load-konten.ts';
import type { StatusKonten } from './terms.ts';

export type MoveInput = { ke: StatusKonten; catatan?: string | null; jadwal?: Date | null };

/**
 * Moves an item to another stage as a person asks (submit, review, return, approve, schedule,
 * publish, unpublish, archive). The content alur decides whether this person may and whether the
 * item is ready; the move, its history, audit row and mail are one transaction.
 */
export async function moveKonten(services: Services, user: SessionUser, actor: OrgActor, id: string, input: MoveInput): Promise<KontenDetail> {
  const row = await inTransaction(services.db, async (tx, afterCommit) => {
    const locked = await kontenInTenant(tx, user.tenantId, id, { lock: true });
    const catatan = input.catatan?.trim() || null;
    const ctx = await contextOf(tx, locked, user.id, { catatan, jadwal: input.jadwal ?? null, now: new Date() });
    return applyMove(tx, services, afterCommit, { row: locked, by: { user, actor }, to: input.ke, ctx, catatan, jadwal: input.jadwal ?? null });
  });
  return kontenDetail(services.db, actor, row);
}
