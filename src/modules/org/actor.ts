import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { TeamRole } from './roles.ts';
import { teamMembers } from './schema.ts';

/** Who is acting, with every team role they hold, for policy decisions. */
export type OrgActor = {
  userId: string;
  tenantId: string;
  isAdmin: boolean;
  roles: Array<{ unitId: string; role: TeamRole }>;
};

/** Loads the roles a signed-in user holds through their person record. */
export async function loadActor(db: Queryable, user: SessionUser): Promise<OrgActor> {
  const roles = user.personId
    ? await db.select({ unitId: teamMembers.unitId, role: teamMembers.role }).from(teamMembers).where(eq(teamMembers.personId, user.personId))
    : [];
  return { userId: user.id, tenantId: user.tenantId, isAdmin: user.isAdmin, roles: roles as OrgActor['roles'] };
}

export function hasRole(actor: OrgActor, unitId: string, ...roles: TeamRole[]): boolean {
  return actor.roles.some((r) => r.unitId === unitId && roles.includes(r.role));
}

export function hasAnyRole(actor: OrgActor, ...roles: TeamRole[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}
