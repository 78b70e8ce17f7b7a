import { and, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { OrgActor } from '../org/actor.ts';
import { scopeWhere, selectRingkas } from './list-konten.ts';
import { konten } from './schema.ts';
import { type StatusKonten, statusKonten } from './terms.ts';

/**
 * Cards per column: a screenful, and a board answer a weak link fetches quickly (eight columns of
 * 50 were 166 KB and 62 ms at p95 on PGlite with 10,000 items); the column links to the full list.
 */
export const BOARD_COLUMN_MAX = 20;

/** The board: one column per stage with its newest items and how many there are in all. */
export async function boardKonten(db: Queryable, actor: OrgActor, unitId?: string) {
  const base = scopeWhere(actor, { unitId });
  const [totals, ...columns] = await Promise.all([
    db
      .select({ status: konten.status, n: count() })
      .from(konten)
      .where(and(...base))
      .groupBy(konten.status),
    // One short read per column along the (unit, status, updatedAt) index.
    ...statusKonten.map((status) => selectRingkas(db, and(...base, eq(konten.status, status)), BOARD_COLUMN_MAX)),
  ]);
  const totalOf = new Map(totals.map((t) => [t.status, t.n]));
  return {
    columns: statusKonten.map((status: StatusKonten, i) => ({ status, items: columns[i] ?? [], total: totalOf.get(status) ?? 0 })),
  };
}
