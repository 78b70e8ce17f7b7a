import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { recordStep } from '../alur/record-step.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import type { RencanaInput } from './fields.ts';
import { assertContentOfUnit, unknownContent } from './konten-link.ts';
import type { RencanaRow } from './load-rencana.ts';
import { rencanaItem } from './schema.ts';
import { assertInTeam } from './team-people.ts';

/** Adds an item to a unit's editorial plan (the unit's planners); its first history step is "direncanakan". */
export async function createRencana(services: Services, user: SessionUser, actor: OrgActor, unitId: string, input: RencanaInput): Promise<RencanaRow> {
  const unit = await unitInTenant(services.db, user.tenantId, unitId);
  assertOrg(actor, 'rencana.manage', unit.id);
  if (input.pemilikPersonId) await assertInTeam(services.db, unit.id, [input.pemilikPersonId], 'pemilikPersonId', 'rencana.owner_not_in_team');
  if (input.kontenId) await assertContentOfUnit(services.db, user.tenantId, unit.id, [input.kontenId], 'kontenId');
  return inTransaction(services.db, async (tx) => {
    const [row] = await tx
      .insert(rencanaItem)
      .values({
        ...input,
        pemilikPersonId: input.pemilikPersonId ?? null,
        kontenId: input.kontenId ?? null,
        tenantId: user.tenantId,
        unitId: unit.id,
        createdBy: user.id,
      })
      .returning()
      .catch(unknownContent('kontenId'));
    await recordStep(tx, actorOf(user), { entity: 'rencana', entityId: row!.id, from: null, to: 'direncanakan', note: null, at: row!.createdAt });
    await recordAudit(tx, actorOf(user), { action: 'rencana.created', entity: 'rencana', entityId: row!.id, after: row });
    return row!;
  });
}
