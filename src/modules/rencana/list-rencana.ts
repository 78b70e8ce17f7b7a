import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people } from '../org/schema.ts';
import { rencanaItem } from './schema.ts';

export type RencanaListed = typeof rencanaItem.$inferSelect & { pemilikNama: string | null };

/** A unit's plan items dated within [from, to) (tenant-zone dates), by date and time, with the owner's name. */
export async function listRencana(db: Queryable, unitId: string, from: string, to: string): Promise<RencanaListed[]> {
  const rows = await db
    .select({ item: rencanaItem, pemilikNama: people.name })
    .from(rencanaItem)
    .leftJoin(people, eq(people.id, rencanaItem.pemilikPersonId))
    .where(and(eq(rencanaItem.unitId, unitId), gte(rencanaItem.tanggal, from), lt(rencanaItem.tanggal, to)))
    .orderBy(asc(rencanaItem.tanggal), sql`${rencanaItem.jam} asc nulls first`, asc(rencanaItem.judul));
  return rows.map((r) => ({ ...r.item, pemilikNama: r.pemilikNama }));
}
