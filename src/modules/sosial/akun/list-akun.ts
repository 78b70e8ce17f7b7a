import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { OrgActor } from '../../org/actor.ts';
import { units } from '../../org/schema.ts';
import { sosialAkun } from '../schema.ts';
import { viewAkun } from './load-akun.ts';
import { mayManageAkun, mayViewAkun } from './policy.ts';
import { akunWarning, warningUntil } from './warnings.ts';

/**
 * The units this person may see accounts of, each with its accounts (state, expiry, warning) and
 * whether they may manage them. One unit when `unitId` is given.
 */
export async function listAkun(db: Queryable, actor: OrgActor, unitId?: string, now = new Date()) {
  const unitRows = await db
    .select({ id: units.id, name: units.name, isMediaCenter: units.isMediaCenter })
    .from(units)
    .where(and(eq(units.tenantId, actor.tenantId), unitId ? eq(units.id, unitId) : undefined))
    .orderBy(asc(units.name));
  const visible = unitRows.filter((u) => mayViewAkun(actor, u));
  const rows = visible.length
    ? await db
        .select()
        .from(sosialAkun)
        .where(
          inArray(
            sosialAkun.unitId,
            visible.map((u) => u.id),
          ),
        )
        .orderBy(asc(sosialAkun.platform), asc(sosialAkun.nama))
    : [];
  return visible.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    isMediaCenter: u.isMediaCenter,
    mayManage: mayManageAkun(actor, u),
    akun: rows
      .filter((r) => r.unitId === u.id)
      .map((r) => {
        const peringatan = akunWarning(r, now);
        const until = peringatan === 'segera_kedaluwarsa' ? warningUntil(r, now) : null;
        return { ...viewAkun(r), peringatan, peringatanSampai: until?.toISOString() ?? null };
      }),
  }));
}
