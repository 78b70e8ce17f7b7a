import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { InformasiChange } from './fields.ts';
import { type InformasiRow, informasi } from './schema.ts';
import { settleInformasi } from './settle-informasi.ts';

/**
 * Changes an item of the current list: renewing berkala information, reclassifying, or opening an
 * exempt item whose period has ended. A withdrawn item is history and cannot change.
 */
export async function updateInformasi(services: Services, user: SessionUser, actor: OrgActor, id: string, change: InformasiChange): Promise<InformasiRow> {
  return inTransaction(services.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(informasi)
      .where(and(eq(informasi.id, id), eq(informasi.tenantId, user.tenantId)))
      .for('update');
    if (!before) throw new AppError('not_found', 'error.not_found');
    assertOrg(actor, 'informasi.manage', before.unitId);
    if (before.diarsipkanAt) throw new AppError('conflict', 'informasi.archived');
    const values = settleInformasi(change, before);
    const [after] = await tx
      .update(informasi)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(informasi.id, id))
      .returning();
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: before.unitId, reason: 'dip' });
    await recordAudit(tx, actorOf(user), { action: 'informasi.updated', entity: 'informasi', entityId: id, before, after });
    return after!;
  });
}
