import { and, asc, desc, eq, exists, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { units } from '../org/schema.ts';
import { liputan, liputanPetugas } from './schema.ts';
import { openLiputan } from './terms.ts';

export type LiputanListed = typeof liputan.$inferSelect & { unitNama: string };

/** The most rows one list answers; a unit's finished work stays reachable through "semua" and its dates. */
export const LIST_LIMIT = 200;

/**
 * Assignments of one unit, or those a person covers across the tenant's units: open ones soonest
 * first; with `semua`, finished and called-off ones too, newest first.
 */
export async function listLiputan(db: Queryable, f: { tenantId: string; unitId?: string; personId?: string; semua: boolean }): Promise<LiputanListed[]> {
  const where: SQL[] = [eq(liputan.tenantId, f.tenantId)];
  if (f.unitId) where.push(eq(liputan.unitId, f.unitId));
  if (f.personId)
    where.push(
      exists(
        db
          .select({ one: liputanPetugas.personId })
          .from(liputanPetugas)
          .where(and(eq(liputanPetugas.liputanId, liputan.id), eq(liputanPetugas.personId, f.personId))),
      ),
    );
  if (!f.semua) where.push(inArray(liputan.status, [...openLiputan]));
  const rows = await db
    .select({ row: liputan, unitNama: units.name })
    .from(liputan)
    .innerJoin(units, eq(units.id, liputan.unitId))
    .where(and(...where))
    .orderBy(f.semua ? desc(liputan.mulai) : asc(liputan.mulai))
    .limit(LIST_LIMIT);
  return rows.map((r) => ({ ...r.row, unitNama: r.unitNama }));
}
