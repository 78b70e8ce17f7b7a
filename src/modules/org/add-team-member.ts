import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { type Actor, actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { OrgActor } from './actor.ts';
import { isUniqueViolation } from './db-errors.ts';
import { decreeInTenant, personInTenant, unitInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import type { TeamRole } from './roles.ts';
import { teamMembers } from './schema.ts';

export type TeamMember = typeof teamMembers.$inferSelect;
export type NewMember = { unitId: string; personId: string; role: TeamRole; decreeId?: string | null };

/** Inserts a membership inside a running transaction (also used by the team import). */
export async function insertTeamMember(tx: Tx, actor: Actor, input: NewMember): Promise<TeamMember> {
  const [member] = await tx
    .insert(teamMembers)
    .values({ ...input, decreeId: input.decreeId ?? null })
    .returning()
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw new AppError('conflict', 'org.member_exists', 'role');
      throw err;
    });
  await recordAudit(tx, actor, { action: 'team_member.added', entity: 'team_member', entityId: member!.id, after: member });
  await markSiteChanged(tx, { tenantId: actor.tenantId, unitId: input.unitId, reason: 'tim' });
  return member!;
}

/** Gives a person of the tenant a role in a unit's team, optionally under a decree. */
export async function addTeamMember(services: Services, user: SessionUser, actor: OrgActor, input: NewMember): Promise<TeamMember> {
  return inTransaction(services.db, async (tx) => {
    await unitInTenant(tx, user.tenantId, input.unitId);
    assertOrg(actor, 'team.manage', input.unitId);
    await personInTenant(tx, user.tenantId, input.personId, 'personId');
    if (input.decreeId) await decreeInTenant(tx, user.tenantId, input.decreeId, 'decreeId');
    const [existing] = await tx
      .select({ id: teamMembers.id })
      .from(teamMembers)
      .where(and(eq(teamMembers.unitId, input.unitId), eq(teamMembers.personId, input.personId), eq(teamMembers.role, input.role)));
    if (existing) throw new AppError('conflict', 'org.member_exists', 'role');
    return insertTeamMember(tx, actorOf(user), input);
  });
}
