import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Klasifikasi } from './klasifikasi.ts';
import { type InformasiRow, informasi } from './schema.ts';

export type InformasiFilter = {
  unitId: string;
  klasifikasi?: readonly Klasifikasi[];
  /** Words to find in title and summary; every word must match, as a prefix. */
  q?: string;
  /** true: only withdrawn items; false (default): only the current list. */
  archived?: boolean;
};

/** A unit's information items, newest publication first within each class. */
export async function listInformasi(db: Queryable, filter: InformasiFilter): Promise<InformasiRow[]> {
  const where: SQL[] = [eq(informasi.unitId, filter.unitId), filter.archived ? isNotNull(informasi.diarsipkanAt) : isNull(informasi.diarsipkanAt)];
  if (filter.klasifikasi) where.push(inArray(informasi.klasifikasi, [...filter.klasifikasi]));
  const query = filter.q === undefined ? null : prefixQuery(filter.q);
  if (query) where.push(sql`to_tsvector('simple', ${informasi.judul} || ' ' || ${informasi.ringkasan}) @@ to_tsquery('simple', ${query})`);
  return db
    .select()
    .from(informasi)
    .where(and(...where))
    .orderBy(asc(informasi.klasifikasi), sql`${informasi.tanggalTerbit} desc nulls last`, desc(informasi.createdAt));
}

/**
 * Turns what a visitor typed into a tsquery of prefix terms (`dana:* & desa:*`). Only letters
 * and digits survive, so no input can break the query syntax; null when nothing searchable is left.
 */
export function prefixQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}
