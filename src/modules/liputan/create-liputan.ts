import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { instantAt } from '../../lib/zoned-time.ts';
import type { Services } from '../../services.ts';
import { recordStep } from '../alur/record-step.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { assertInTeam } from '../rencana/team-people.ts';
import { mailCrew } from './crew-mail.ts';
import type { LiputanInput } from './fields.ts';
import { crewOf, type LiputanRow } from './load-liputan.ts';
import { assertPlanOfUnit } from './plan-link.ts';
import { liputan, liputanPetugas } from './schema.ts';

/**
 * Assigns an activity's coverage to members of the unit's team (the unit's planners), and mails
 * each of them the assignment once it is saved.
 */
export async function createLiputan(services: Services, user: SessionUser, actor: OrgActor, unitId: string, input: LiputanInput): Promise<LiputanRow> {
  const db = services.db;
  const unit = await unitInTenant(db, user.tenantId, unitId);
  assertOrg(actor, 'liputan.manage', unit.id);
  await assertInTeam(
    db,
    unit.id,
    input.petugas.map((p) => p.personId),
    'petugas',
    'liputan.assignee_not_in_team',
  );
  if (input.rencanaItemId) await assertPlanOfUnit(db, user.tenantId, unit.id, input.rencanaItemId);
  const { timeZone } = await getTenant(db, user.tenantId);
  const { petugas, jam, ...fields } = input;
  return inTransaction(db, async (tx, afterCommit) => {
    const [row] = await tx
      .insert(liputan)
      .values({
        ...fields,
        rencanaItemId: fields.rencanaItemId ?? null,
        mulai: instantAt(input.tanggal, jam, timeZone),
        tenantId: user.tenantId,
        unitId: unit.id,
        createdBy: user.id,
      })
      .returning();
    await tx.insert(liputanPetugas).values(petugas.map((p) => ({ liputanId: row!.id, personId: p.personId, peran: p.peran })));
    await recordStep(tx, actorOf(user), { entity: 'liputan', entityId: row!.id, from: null, to: 'direncanakan', note: null, at: row!.createdAt });
    await recordAudit(tx, actorOf(user), { action: 'liputan.created', entity: 'liputan', entityId: row!.id, after: { ...row, petugas } });
    const crew = (await crewOf(tx, [row!.id])).get(row!.id) ?? [];
    await mailCrew(tx, services, afterCommit, 'ditugaskan', row!, crew, crew, { unitName: unit.name, timeZone, publicUrl: services.config.publicUrl });
    return row!;
  });
}
