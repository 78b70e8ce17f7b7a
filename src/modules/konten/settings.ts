import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { wajibRedakturOf } from './load-konten.ts';
import { kontenPengaturan } from './schema.ts';

/** A unit's content settings, for anyone who may read its content. */
export async function getPengaturan(db: Queryable, actor: OrgActor, unitId: string) {
  const unit = await unitInTenant(db, actor.tenantId, unitId);
  assertOrg(actor, 'konten.view', unit.id);
  return { unitId: unit.id, wajibRedaktur: await wajibRedakturOf(db, unit.id) };
}

/** The head decides whether the unit requires the redaktur step; the head's approval is always required. */
export async function savePengaturan(services: Services, user: SessionUser, actor: OrgActor, unitId: string, input: { wajibRedaktur: boolean }) {
  const unit = await unitInTenant(services.db, user.tenantId, unitId);
  assertOrg(actor, 'konten.settings', unit.id);
  return inTransaction(services.db, async (tx) => {
    const before = await wajibRedakturOf(tx, unit.id);
    const now = new Date();
    await tx
      .insert(kontenPengaturan)
      .values({ unitId: unit.id, wajibRedaktur: input.wajibRedaktur, updatedAt: now })
      .onConflictDoUpdate({ target: kontenPengaturan.unitId, set: { wajibRedaktur: input.wajibRedaktur, updatedAt: now } });
    await recordAudit(tx, actorOf(user), {
      action: 'konten.settings_updated',
      entity: 'unit',
      entityId: unit.id,
      before: { wajibRedaktur: before },
      after: { wajibRedaktur: input.wajibRedaktur },
    });
    return { unitId: unit.id, wajibRedaktur: input.wajibRedaktur };
  });
}
