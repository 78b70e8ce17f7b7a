import { and, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { keberatan } from './schema.ts';
import { openStatuses } from './terms.ts';

/**
 * What waits in a unit's objection register: `diproses`, registered and waiting for the PPID to
 * take them up; `diputus`, taken up and waiting for the Atasan PPID's decision; and of all open
 * ones, those whose answer deadline is due soon or has passed.
 */
export type WaitingObjections = { untukDiproses: number; untukDiputus: number; segera: number; terlambat: number };

/** Counts the open objections of these units in one grouped query; units with nothing open are absent. */
export async function countWaitingKeberatan(
  db: Queryable,
  unitIds: readonly string[],
  today: string,
  horizon: string,
): Promise<Map<string, WaitingObjections>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({
      unitId: keberatan.unitId,
      untukDiproses: sql<number>`count(*) filter (where ${keberatan.status} = 'terdaftar')::int`,
      untukDiputus: sql<number>`count(*) filter (where ${keberatan.status} = 'diproses')::int`,
      terlambat: sql<number>`count(*) filter (where ${keberatan.dueDate} < ${today})::int`,
      segera: sql<number>`count(*) filter (where ${keberatan.dueDate} >= ${today} and ${keberatan.dueDate} <= ${horizon})::int`,
    })
    .from(keberatan)
    .where(and(inArray(keberatan.unitId, [...unitIds]), inArray(keberatan.status, [...openStatuses])))
    .groupBy(keberatan.unitId);
  return new Map(
    rows.map((r) => [
      r.unitId,
      { untukDiproses: Number(r.untukDiproses), untukDiputus: Number(r.untukDiputus), segera: Number(r.segera), terlambat: Number(r.terlambat) },
    ]),
  );
}
