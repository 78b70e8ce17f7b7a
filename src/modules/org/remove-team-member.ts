import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { OrgActor } from './actor.ts';
import { memberInTenant } from './load-in-tenant.ts';
import { assertOrg } from './policy.ts';
import { teamMembers } from './schema.ts';

/** Takes a role away from a person in one unit; their other roles stay. */
export async function removeTeamMember(services: Services, user: SessionUser, actor: OrgActor, memberId: string): Promise<void> {
  await inTransaction(services.db, async (tx) => {
    const before = await memberInTenant(tx, user.tenantId, memberId);
    assertOrg(actor, 'team.manage', before.unitId);
    await tx.delete(teamMembers).where(eq(teamMembers.id, memberId));
    await recordAudit(tx, actorOf(user), { action: 'team_member.removed', entity: 'team_member', entityId: memberId, before });
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: before.unitId, reason: 'tim' });
  });
}
