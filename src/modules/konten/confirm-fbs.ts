import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { type KontenDetail, kontenDetail } from './get-konten.ts';
import { type KontenRow, kontenInTenant } from './load-konten.ts';
import { kontenFbs } from './schema.ts';
import type { FbsItem } from './terms.ts';

/** The redaktur's checklist is worked on only while the item is in review, in their unit. */
async function lockedForChecklist(tx: Parameters<Parameters<typeof inTransaction>[1]>[0], user: SessionUser, actor: OrgActor, id: string): Promise<KontenRow> {
  const row = await kontenInTenant(tx, user.tenantId, id, { lock: true });
  assertOrg(actor, 'konten.review', row.unitId);
  if (row.status !== 'ditinjau') throw new AppError('conflict', 'konten.fbs_not_in_review', 'item');
  return row;
}

/** Confirms one of the nine FBS items in the current review round, with who, when and an optional note (again: replaces the note). */
export async function confirmFbs(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  id: string,
  item: FbsItem,
  note: string | null,
): Promise<KontenDetail> {
  const row = await inTransaction(services.db, async (tx) => {
    const locked = await lockedForChecklist(tx, user, actor, id);
    const values = {
      kontenId: locked.id,
      round: locked.reviewRound,
      item,
      revisionId: locked.currentRevisionId as string,
      confirmedBy: user.id,
      confirmedLabel: user.displayName || user.email,
      confirmedAt: new Date(),
      note: note?.trim() || null,
    };
    await tx
      .insert(kontenFbs)
      .values(values)
      .onConflictDoUpdate({ target: [kontenFbs.kontenId, kontenFbs.round, kontenFbs.item], set: values });
    await recordAudit(tx, actorOf(user), {
      action: 'konten.fbs_confirmed',
      entity: 'konten',
      entityId: locked.id,
      after: { round: locked.reviewRound, item, revisionId: values.revisionId, note: values.note },
    });
    return locked;
  });
  return kontenDetail(services.db, actor, row);
}

/** Withdraws the confirmation of one FBS item in the current round. */
export async function unconfirmFbs(services: Services, user: SessionUser, actor: OrgActor, id: string, item: FbsItem): Promise<KontenDetail> {
  const row = await inTransaction(services.db, async (tx) => {
    const locked = await lockedForChecklist(tx, user, actor, id);
    const removed = await tx
      .delete(kontenFbs)
      .where(and(eq(kontenFbs.kontenId, locked.id), eq(kontenFbs.round, locked.reviewRound), eq(kontenFbs.item, item)))
      .returning();
    if (removed.length)
      await recordAudit(tx, actorOf(user), {
        action: 'konten.fbs_unconfirmed',
        entity: 'konten',
        entityId: locked.id,
        before: { round: locked.reviewRound, item },
      });
    return locked;
  });
  return kontenDetail(services.db, actor, row);
}
