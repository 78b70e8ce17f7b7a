import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { hasAnyRole, hasRole, type OrgActor } from '../../org/actor.ts';
import { canOrg } from '../../org/policy.ts';
import { units } from '../../org/schema.ts';

/**
 * Who keeps a unit's social accounts (seed 002 §III.B: the admin media sosial keeps the
 * credentials): tenant admins, the unit's admin media sosial, and for the pemda's Media Center
 * unit its assisting admins (seed 004 §VIII.4). Everyone on the unit's team, and the Diskominfo
 * evaluator, may see which accounts exist and their state (never a token).
 */
export function mayManageAkun(actor: OrgActor, unit: { id: string; isMediaCenter: boolean }): boolean {
  if (actor.isAdmin || hasRole(actor, unit.id, 'admin_medsos')) return true;
  return unit.isMediaCenter && hasAnyRole(actor, 'admin_pendamping');
}

export function mayViewAkun(actor: OrgActor, unit: { id: string; isMediaCenter: boolean }): boolean {
  return mayManageAkun(actor, unit) || canOrg(actor, 'konten.view', unit.id) || hasAnyRole(actor, 'koordinator_media_center');
}

/** The unit in the actor's tenant, or 400 naming the field (an unknown unit is bad input, not a missing page). */
export async function unitForAkun(db: Queryable, actor: OrgActor, unitId: string) {
  const [unit] = await db
    .select({ id: units.id, name: units.name, isMediaCenter: units.isMediaCenter })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.tenantId, actor.tenantId)));
  if (!unit) throw new AppError('invalid', 'sosial.akun.unit_required', 'unitId');
  return unit;
}

export async function assertManageAkun(db: Queryable, actor: OrgActor, unitId: string) {
  const unit = await unitForAkun(db, actor, unitId);
  if (!mayManageAkun(actor, unit)) throw new AppError('forbidden', 'error.forbidden');
  return unit;
}
