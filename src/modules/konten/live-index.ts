import { type AnyColumn, and, desc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { kontenDaftar, kontenDaftarJumlah } from './schema.ts';
import type { JenisKonten, KategoriPublikasi } from './terms.ts';

/**
 * The lists' order, newest first, exactly as the indexes hold it: drizzle's `.desc()` index is
 * `desc nulls last`, and a plain `desc` (nulls first) could not be read from it — every matching
 * row would be sorted instead. A live item always has its date; the nulls only decide the plan.
 */
export const newestFirst = (publishedAt: AnyColumn | SQL.Aliased | SQL, id: AnyColumn | SQL.Aliased | SQL) => [
  sql`${publishedAt} desc nulls last`,
  sql`${id} asc`,
];

/** Which of a unit's live items a list, feed or sitemap shows: at most one of bidang, sub-section or author. */
export type LiveFilter = {
  unitId: string;
  /** Absent: every kind (the unit's feed, its sitemap). */
  jenis?: JenisKonten;
  bidangId?: string;
  kategori?: KategoriPublikasi;
  penulisPersonId?: string;
  /** Only items first published at or after this instant (the news sitemap); not counted. */
  since?: Date;
};

// The count row of a filter: the kind's own, or its bidang's, sub-section's or author's.
function countKey(f: LiveFilter): [segi: string, nilai: string] {
  if (f.bidangId) return ['bidang', f.bidangId];
  if (f.kategori) return ['kategori', f.kategori];
  if (f.penulisPersonId) return ['penulis', f.penulisPersonId];
  return ['', ''];
}

/** How many live items a list has, from the counts kept at each publication: one row, not a count of the items. */
export async function countLive(db: Queryable, f: Omit<LiveFilter, 'since'>): Promise<number> {
  const [segi, nilai] = countKey(f);
  const where = [eq(kontenDaftarJumlah.unitId, f.unitId), eq(kontenDaftarJumlah.segi, segi), eq(kontenDaftarJumlah.nilai, nilai)];
  if (f.jenis) where.push(eq(kontenDaftarJumlah.jenis, f.jenis));
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${kontenDaftarJumlah.jumlah}), 0)` })
    .from(kontenDaftarJumlah)
    .where(and(...where));
  return Math.max(0, Number(row?.n ?? 0));
}

/** How many items each author has live among a unit's articles, from the same counts (author pages). */
export async function countLiveByAuthor(db: Queryable, unitId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ personId: kontenDaftarJumlah.nilai, n: kontenDaftarJumlah.jumlah })
    .from(kontenDaftarJumlah)
    .where(and(eq(kontenDaftarJumlah.unitId, unitId), eq(kontenDaftarJumlah.jenis, 'artikel'), eq(kontenDaftarJumlah.segi, 'penulis')));
  return new Map(rows.filter((r) => r.n > 0).map((r) => [r.personId, r.n]));
}

/**
 * A slice of a unit's live items, newest first, as a subquery of ids and dates to join the page's
 * text to. Read from `konten_daftar`'s index for exactly this filter and order; when `total` is
 * known and the slice lies in the older half, it is read from the oldest end instead, so the last
 * page of 100,000 items costs what the first does.
 */
export function livePage(db: Queryable, f: LiveFilter, slice: { offset: number; limit: number; total?: number }) {
  const where: SQL[] = [eq(kontenDaftar.unitId, f.unitId)];
  if (f.jenis) where.push(eq(kontenDaftar.jenis, f.jenis));
  if (f.bidangId) where.push(eq(kontenDaftar.bidangId, f.bidangId));
  if (f.kategori) where.push(eq(kontenDaftar.kategori, f.kategori));
  if (f.penulisPersonId) where.push(eq(kontenDaftar.penulisPersonId, f.penulisPersonId));
  if (f.since) where.push(gte(kontenDaftar.publishedAt, f.since));
  const { offset, limit, total } = slice;
  const end = total === undefined ? undefined : Math.min(total, offset + limit);
  const fromOldest = total !== undefined && end !== undefined && !f.since && offset > total - end;
  const query = db
    .select({ kontenId: kontenDaftar.kontenId, publishedAt: kontenDaftar.publishedAt })
    .from(kontenDaftar)
    .where(and(...where));
  // Newest first as the index holds it (`published_at desc nulls last`, then id); its exact reverse from the other end.
  return (
    fromOldest
      ? query
          .orderBy(sql`${kontenDaftar.publishedAt} asc nulls first`, desc(kontenDaftar.kontenId))
          .limit(Math.max(0, end - offset))
          .offset(total - end)
      : query
          .orderBy(...newestFirst(kontenDaftar.publishedAt, kontenDaftar.kontenId))
          .limit(limit)
          .offset(offset)
  ).as('halaman');
}
