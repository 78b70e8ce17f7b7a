import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { checkParent, checkUnitUnique } from './check-unit-links.ts';
import type { NewUnit } from './create-unit.ts';
import type { Unit } from './find-units.ts';
import { notifyOrgChanged } from './org-changed.ts';
import { units } from './schema.ts';

export type UnitChange = Partial<NewUnit>;

/** Contact details a unit's own head or developer may keep current; everything else is the admin's. */
export const unitContactFields = ['address', 'phone', 'email'] as const;

/** Changes a unit of the user's tenant; deactivating (`active: false`) is how a unit is retired. */
export async function updateUnit(services: Services, user: SessionUser, unitId: string, change: UnitChange): Promise<Unit> {
  const changed = await inTransaction(services.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(units)
      .where(and(eq(units.id, unitId), eq(units.tenantId, user.tenantId)))
      .for('update');
    if (!before) throw new AppError('not_found', 'error.not_found');
    if (change.parentId) await checkParent(tx, user.tenantId, unitId, change.parentId);
    await checkUnitUnique(tx, user.tenantId, unitId, change);
    const [after] = await tx
      .update(units)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(units.id, unitId))
      .returning();
    const action = change.active === false && before.active ? 'unit.deactivated' : 'unit.updated';
    await recordAudit(tx, actorOf(user), { action, entity: 'unit', entityId: unitId, before, after });
    // Its name and address show on the pemda's pages and in links between units: the whole tenant.
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: null, reason: 'unit' });
    return after!;
  });
  notifyOrgChanged();
  return changed;
}
