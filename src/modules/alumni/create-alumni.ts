import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { Unit } from '../org/find-units.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { AlumniInput } from './fields.ts';
import { type AlumniRow, alumni } from './schema.ts';

/** Adds one participant to a unit's alumni list, audited; the public list changes with it. */
export async function createAlumni(db: Db, user: SessionUser, unit: Unit, input: AlumniInput): Promise<AlumniRow> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(alumni)
      .values({ tenantId: unit.tenantId, unitId: unit.id, ...input })
      .returning();
    await recordAudit(tx, actorOf(user), { action: 'alumni.created', entity: 'alumni', entityId: row!.id, tenantId: unit.tenantId, after: { ...input } });
    await markSiteChanged(tx, { tenantId: unit.tenantId, unitId: unit.id, reason: 'alumni' });
    return row!;
  });
}
