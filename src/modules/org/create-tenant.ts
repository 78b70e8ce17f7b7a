import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import { type Actor, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { Tenant } from './get-tenant.ts';
import { notifyOrgChanged } from './org-changed.ts';
import type { TimeZone } from './roles.ts';
import { tenants } from './schema.ts';

export type NewTenant = { slug: string; name: string; kind: string; timeZone: TimeZone; domain?: string | null; require2faForAdmins?: boolean };

/** Creates a pemda/instansi. Only installation set-up (CLI or demo) does this; there is no API for it. */
export async function createTenant(db: Db, actor: Actor, input: NewTenant): Promise<Tenant> {
  const changed = await inTransaction(db, async (tx) => {
    const [tenant] = await tx.insert(tenants).values(input).returning();
    await recordAudit(tx, { ...actor, tenantId: tenant!.id }, { action: 'tenant.created', entity: 'tenant', entityId: tenant!.id, after: tenant });
    await markSiteChanged(tx, { tenantId: tenant!.id, unitId: null, reason: 'tenant' });
    return tenant!;
  });
  notifyOrgChanged();
  return changed;
}

/** Whether any tenant exists yet: the first start of an installation has none. */
export async function hasAnyTenant(db: Db): Promise<boolean> {
  const rows = await db.select({ id: tenants.id }).from(tenants).limit(1);
  return rows.length > 0;
}
