import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { Decree, NewDecree } from './create-decree.ts';
import { unitInTenant } from './load-in-tenant.ts';
import { decrees } from './schema.ts';

/** Corrects a decree's number, date, title, signer or unit. */
export async function updateDecree(services: Services, user: SessionUser, decreeId: string, change: Partial<NewDecree>): Promise<Decree> {
  return inTransaction(services.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(decrees)
      .where(and(eq(decrees.id, decreeId), eq(decrees.tenantId, user.tenantId)))
      .for('update');
    if (!before) throw new AppError('not_found', 'error.not_found');
    if (change.unitId) await unitInTenant(tx, user.tenantId, change.unitId, 'unitId');
    const [after] = await tx.update(decrees).set(change).where(eq(decrees.id, decreeId)).returning();
    await recordAudit(tx, actorOf(user), { action: 'decree.updated', entity: 'decree', entityId: decreeId, before, after });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: null, reason: 'sk' });
    return after!;
  });
}
