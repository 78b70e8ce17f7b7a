import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { Tenant } from './get-tenant.ts';
import { notifyOrgChanged } from './org-changed.ts';
import type { TimeZone } from './roles.ts';
import { tenants } from './schema.ts';

export type TenantChange = { name?: string; domain?: string | null; timeZone?: TimeZone; require2faForAdmins?: boolean };

/** Changes the signed-in user's tenant settings and records the change. */
export async function updateTenant(services: Services, user: SessionUser, change: TenantChange): Promise<Tenant> {
  const changed = await inTransaction(services.db, async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, user.tenantId)).for('update');
    if (!before) throw new AppError('not_found', 'error.not_found');
    const [after] = await tx.update(tenants).set(change).where(eq(tenants.id, user.tenantId)).returning();
    await recordAudit(tx, actorOf(user), { action: 'tenant.updated', entity: 'tenant', entityId: before.id, before, after });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: null, reason: 'tenant' });
    return after!;
  });
  notifyOrgChanged();
  return changed;
}
