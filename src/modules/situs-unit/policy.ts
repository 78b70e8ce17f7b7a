import { hasAnyRole, type OrgActor } from '../org/actor.ts';
import { canOrg } from '../org/policy.ts';

/*
 * Who keeps a site's settings. A unit's: its site team (`site.edit` in org/policy.ts: head, website
 * administrator, developer, editors); the pemda's root site: the tenant's admins (`tenant.update`).
 * Diskominfo evaluators read every site's settings and change none.
 */

/** May this actor change the settings of this site (unitId null: the pemda's root site)? */
export function canEditSitus(actor: OrgActor, unitId: string | null): boolean {
  return unitId ? canOrg(actor, 'site.edit', unitId) : canOrg(actor, 'tenant.update');
}

/** May this actor read them? Everyone who may change them, and the evaluators. */
export function canViewSitus(actor: OrgActor, unitId: string | null): boolean {
  return canEditSitus(actor, unitId) || hasAnyRole(actor, 'evaluator');
}
