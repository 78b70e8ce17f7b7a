import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { unitInTenant } from './load-in-tenant.ts';
import { decrees } from './schema.ts';

export type Decree = typeof decrees.$inferSelect;
export type NewDecree = { number: string; date: string; title: string; signerName: string; signerPosition?: string | null; unitId?: string | null };

/** Records a decree (SK) that forms or changes teams; a unit, if named, must be the tenant's. */
export async function createDecree(services: Services, user: SessionUser, input: NewDecree): Promise<Decree> {
  return inTransaction(services.db, async (tx) => {
    if (input.unitId) await unitInTenant(tx, user.tenantId, input.unitId, 'unitId');
    const [decree] = await tx
      .insert(decrees)
      .values({ ...input, tenantId: user.tenantId })
      .returning();
    await recordAudit(tx, actorOf(user), { action: 'decree.created', entity: 'decree', entityId: decree!.id, after: decree });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: decree!.unitId, reason: 'sk' });
    return decree!;
  });
}
