import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { OrgActor } from './actor.ts';
import { isForeignKeyViolation } from './db-errors.ts';
import { bidangInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import { bidang } from './schema.ts';

/**
 * Removes a division. Content or questions filed under it keep it alive: the database refuses
 * the delete and the user is told it is still in use.
 */
export async function deleteBidang(services: Services, user: SessionUser, actor: OrgActor, bidangId: string): Promise<void> {
  await inTransaction(services.db, async (tx) => {
    const before = await bidangInTenant(tx, user.tenantId, bidangId);
    assertOrg(actor, 'bidang.manage', before.unitId);
    await tx
      .delete(bidang)
      .where(eq(bidang.id, bidangId))
      .catch((err: unknown) => {
        if (isForeignKeyViolation(err)) throw new AppError('conflict', 'org.bidang_in_use');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'bidang.deleted', entity: 'bidang', entityId: bidangId, before });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: before.unitId, reason: 'bidang' });
  });
}
