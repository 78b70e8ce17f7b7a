import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { checkParent, checkUnitUnique } from './check-unit-links.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { Unit } from './find-units.ts';
import { notifyOrgChanged } from './org-changed.ts';
import type { UnitKind } from './roles.ts';
import { units } from './schema.ts';

export type NewUnit = {
  name: string;
  slug: string;
  kind: UnitKind;
  shortName?: string | null;
  tier?: number;
  parentId?: string | null;
  host?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  isMediaCenter?: boolean;
  active?: boolean;
};

/** Adds a unit to the signed-in user's tenant, under a parent of the same tenant if given. */
export async function createUnit(services: Services, user: SessionUser, input: NewUnit): Promise<Unit> {
  const changed = await inTransaction(services.db, async (tx) => {
    if (input.parentId) await checkParent(tx, user.tenantId, null, input.parentId);
    await checkUnitUnique(tx, user.tenantId, null, input);
    const [unit] = await tx
      .insert(units)
      .values({ ...input, tenantId: user.tenantId })
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError('conflict', 'org.slug_taken', 'slug');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'unit.created', entity: 'unit', entityId: unit!.id, after: unit });
    // A unit shows in the pemda's list and frame: every page of the tenant.
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: null, reason: 'unit' });
    return unit!;
  });
  notifyOrgChanged();
  return changed;
}
