import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { InformasiInput } from './fields.ts';
import { type InformasiRow, informasi } from './schema.ts';
import { settleInformasi } from './settle-informasi.ts';

/** Adds an item to a unit's information list (DIP, or DIK with its consequence test). */
export async function createInformasi(services: Services, user: SessionUser, actor: OrgActor, unitId: string, input: InformasiInput): Promise<InformasiRow> {
  const unit = await unitInTenant(services.db, user.tenantId, unitId);
  assertOrg(actor, 'informasi.manage', unit.id);
  const values = settleInformasi(input);
  return inTransaction(services.db, async (tx) => {
    const [row] = await tx
      .insert(informasi)
      .values({ ...values, tenantId: user.tenantId, unitId: unit.id })
      .returning();
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: unit.id, reason: 'dip' });
    await recordAudit(tx, actorOf(user), { action: 'informasi.created', entity: 'informasi', entityId: row!.id, after: row });
    return row!;
  });
}
