import type { OrgActor } from '../org/actor.ts';
import { canOrg } from '../org/policy.ts';

/**
 * The units whose messages this actor reads: the units whose site they keep (`site.edit`), every
 * unit for an admin. The messages hold citizens' personal data, so the Diskominfo evaluators, who
 * read every unit's publication work, do not read these.
 */
export function inboxUnits(actor: OrgActor): 'all' | string[] {
  if (actor.isAdmin) return 'all';
  return [...new Set(actor.roles.map((r) => r.unitId).filter((unitId) => canOrg(actor, 'site.edit', unitId)))];
}
