import { and, asc, eq, gte, inArray, isNotNull, lt } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { konten, kontenRevisi } from './schema.ts';

export type PublishedItem = { id: string; jenis: string; slug: string; judul: string; publishedAt: Date };

/**
 * A unit's items that have a live revision and were first published within [from, to), oldest
 * first, with the live revision's title. `ids` narrows it to these items (the editorial plan asks
 * whether its linked items are out yet). Read by the plan module; this module owns the tables.
 */
export async function publishedInPeriod(db: Queryable, unitId: string, period: { from: Date; to: Date; ids?: readonly string[] }): Promise<PublishedItem[]> {
  if (period.ids && period.ids.length === 0) return [];
  const rows = await db
    .select({ id: konten.id, jenis: konten.jenis, slug: konten.slug, judul: kontenRevisi.judul, publishedAt: konten.publishedAt })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .where(
      and(
        eq(konten.unitId, unitId),
        isNotNull(konten.liveRevisionId),
        gte(konten.publishedAt, period.from),
        lt(konten.publishedAt, period.to),
        period.ids ? inArray(konten.id, [...period.ids]) : undefined,
      ),
    )
    .orderBy(asc(konten.publishedAt), asc(konten.id));
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt as Date }));
}
