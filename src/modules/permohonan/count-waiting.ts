import { and, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { permohonan } from './schema.ts';
import { openStatuses } from './terms.ts';

/** What waits in a unit's request register: new (not yet taken up), due soon, and overdue. */
export type WaitingRequests = { baru: number; segera: number; terlambat: number };

/**
 * Counts the open requests of these units in one grouped query: `baru` still registered and not
 * taken up, `terlambat` past their running deadline (the extended one once granted), `segera`
 * due from `today` up to `horizon`. Units with nothing open are absent from the map.
 */
export async function countWaitingPermohonan(db: Queryable, unitIds: readonly string[], today: string, horizon: string): Promise<Map<string, WaitingRequests>> {
  if (unitIds.length === 0) return new Map();
  const running = sql`coalesce(${permohonan.extendedDueDate}, ${permohonan.dueDate})`;
  const rows = await db
    .select({
      unitId: permohonan.unitId,
      baru: sql<number>`count(*) filter (where ${permohonan.status} = 'terdaftar')::int`,
      terlambat: sql<number>`count(*) filter (where ${running} < ${today})::int`,
      segera: sql<number>`count(*) filter (where ${running} >= ${today} and ${running} <= ${horizon})::int`,
    })
    .from(permohonan)
    .where(and(inArray(permohonan.unitId, [...unitIds]), inArray(permohonan.status, [...openStatuses])))
    .groupBy(permohonan.unitId);
  return new Map(rows.map((r) => [r.unitId, { baru: Number(r.baru), segera: Number(r.segera), terlambat: Number(r.terlambat) }]));
}
