import type { AfterCommit } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { OrgActor } from '../org/actor.ts';
import { afterApproval } from './alur.ts';
import { applyMove } from './apply-move.ts';
import { contextOf, type KontenRow, statusOf } from './load-konten.ts';

/**
 * After an edit of what the head approves (the text, or a social variant): an item past approval
 * goes back to review through the alur — approval and schedule dropped, the move in its history
 * and audit — while a live revision stays up until its successor is approved and published.
 */
export async function reopenAfterEdit(
  tx: Tx,
  services: Services,
  afterCommit: AfterCommit,
  row: KontenRow,
  by: { user: SessionUser; actor: OrgActor },
): Promise<KontenRow> {
  const from = statusOf(row);
  if (!afterApproval.includes(from)) return row;
  const ctx = await contextOf(tx, row, by.user.id, null, true);
  const to = ctx.wajibRedaktur ? 'ditinjau' : 'menunggu_persetujuan';
  // Awaiting approval in a unit without the redaktur step: the edit already leaves it where review is.
  if (to === from) return row;
  return applyMove(tx, services, afterCommit, { row, by, to, ctx });
}
