import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { OrgActor } from './actor.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { Bidang } from './find-units.ts';
import { unitInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import { bidang } from './schema.ts';

export type NewBidang = { name: string; slug: string; sortOrder?: number };

/** Adds a division to a unit; the unit's head or an admin may. */
export async function createBidang(services: Services, user: SessionUser, actor: OrgActor, unitId: string, input: NewBidang): Promise<Bidang> {
  return inTransaction(services.db, async (tx) => {
    await unitInTenant(tx, user.tenantId, unitId);
    assertOrg(actor, 'bidang.manage', unitId);
    const [row] = await tx
      .insert(bidang)
      .values({ ...input, unitId })
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError('conflict', 'org.bidang_taken', 'slug');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'bidang.created', entity: 'bidang', entityId: row!.id, after: row });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId, reason: 'bidang' });
    return row!;
  });
}
