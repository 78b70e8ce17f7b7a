import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { rencanaInTenant } from '../rencana/load-rencana.ts';

/** Refuses a plan item of another unit (or none of the tenant's) as an assignment's plan. */
export async function assertPlanOfUnit(db: Queryable, tenantId: string, unitId: string, rencanaItemId: string): Promise<void> {
  const plan = await rencanaInTenant(db, tenantId, rencanaItemId, { field: 'rencanaItemId' });
  if (plan.unitId !== unitId) throw new AppError('invalid', 'liputan.plan_other_unit', 'rencanaItemId');
}
