import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { OrgActor } from './actor.ts';
import type { NewBidang } from './create-bidang.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { Bidang } from './find-units.ts';
import { bidangInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import { bidang } from './schema.ts';

/** Renames, re-slugs or re-orders a division of a unit the actor may manage. */
export async function updateBidang(services: Services, user: SessionUser, actor: OrgActor, bidangId: string, change: Partial<NewBidang>): Promise<Bidang> {
  return inTransaction(services.db, async (tx) => {
    const before = await bidangInTenant(tx, user.tenantId, bidangId);
    assertOrg(actor, 'bidang.manage', before.unitId);
    const [after] = await tx
      .update(bidang)
      .set(change)
      .where(eq(bidang.id, bidangId))
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError('conflict', 'org.bidang_taken', 'slug');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'bidang.updated', entity: 'bidang', entityId: bidangId, before, after });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: before.unitId, reason: 'bidang' });
    return after!;
  });
}
