import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { type InformasiRow, informasi } from './schema.ts';

/** Withdraws an item from the public lists; the row stays, because the list's history is evidence. */
export async function archiveInformasi(services: Services, user: SessionUser, actor: OrgActor, id: string, alasan: string | null): Promise<InformasiRow> {
  return inTransaction(services.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(informasi)
      .where(and(eq(informasi.id, id), eq(informasi.tenantId, user.tenantId)))
      .for('update');
    if (!before) throw new AppError('not_found', 'error.not_found');
    assertOrg(actor, 'informasi.manage', before.unitId);
    if (before.diarsipkanAt) throw new AppError('conflict', 'informasi.archived');
    const now = new Date();
    const [after] = await tx.update(informasi).set({ diarsipkanAt: now, alasanArsip: alasan, updatedAt: now }).where(eq(informasi.id, id)).returning();
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: before.unitId, reason: 'dip' });
    await recordAudit(tx, actorOf(user), { action: 'informasi.archived', entity: 'informasi', entityId: id, before, after });
    return after!;
  });
}
