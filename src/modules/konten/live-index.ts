import { type AnyColumn, and, eq, gte, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
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
  /** Only events with a start (agenda): the calendar's count. */
  kalender?: boolean;
  /** Only items first published at or after this instant (the news sitemap); not counted. */
  since?: Date;
};

// The count rows of a filter: the kind's own, or its bidang's, sub-section's or author's.
function countKey(f: LiveFilter): [segi: string, nilai: string] {
  if (f.bidangId) return ['bidang', f.bidangId];
  if (f.kategori) return ['kategori', f.kategori];
  if (f.penulisPersonId) return ['penulis', f.penulisPersonId];
  if (f.kalender) return ['kalender', ''];
  return ['', ''];
}

// The count rows a filter sums: its unit, its key, and its kind or every kind.
function countWhere(f: Omit<LiveFilter, 'since'>): SQL | undefined {
  const [segi, nilai] = countKey(f);
  const where = [eq(kontenDaftarJumlah.unitId, f.unitId), eq(kontenDaftarJumlah.segi, segi), eq(kontenDaftarJumlah.nilai, nilai)];
  if (f.jenis) where.push(eq(kontenDaftarJumlah.jenis, f.jenis));
  return and(...where);
}

/** The month a live item is counted in (`konten_daftar_jumlah.bulan`): 'YYYY-MM' of its first publication in UTC, '' without a date. */
export const bulanOf = (publishedAt: Date | null): string => publishedAt?.toISOString().slice(0, 7) ?? '';

/** The first instant after a counted month: every item of that month and older was published (or starts) before it. */
export const afterBulan = (bulan: string) => new Date(Date.UTC(Number(bulan.slice(0, 4)), Number(bulan.slice(5, 7)), 1));

/** How many live items a list has, from the counts kept at each publication: a few rows, not a count of the items. */
export async function countLive(db: Queryable, f: Omit<LiveFilter, 'since'>): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${kontenDaftarJumlah.jumlah}), 0)` })
    .from(kontenDaftarJumlah)
    .where(countWhere(f));
  return Math.max(0, Number(row?.n ?? 0));
}

/** How many items each author has live among a unit's articles, from the same counts (author pages). */
export async function countLiveByAuthor(db: Queryable, unitId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ personId: kontenDaftarJumlah.nilai, n: sql<number>`sum(${kontenDaftarJumlah.jumlah})` })
    .from(kontenDaftarJumlah)
    .where(and(eq(kontenDaftarJumlah.unitId, unitId), eq(kontenDaftarJumlah.jenis, 'artikel'), eq(kontenDaftarJumlah.segi, 'penulis')))
    .groupBy(kontenDaftarJumlah.nilai);
  return new Map(rows.filter((r) => Number(r.n) > 0).map((r) => [r.personId, Number(r.n)]));
}

/**
 * Where the item at `offset` of a list sits, from its monthly counts: every item of the months
 * newer than its own comes before it, so the slice is "published before the end of that month",
 * skipping only that month's newer items. Null when a plain offset reads no more than that (the
 * newest month, past the end) or when an undated item is counted (it sorts last and no month holds it).
 */
async function pageStart(db: Queryable, f: LiveFilter, offset: number): Promise<{ before: Date; skip: number } | null> {
  return monthOf(await liveMonths(db, f), offset);
}

/** A list's kept counts month by month, newest month first, without the months that fell to zero. */
export async function liveMonths(db: Queryable, f: Omit<LiveFilter, 'since'>): Promise<Array<{ bulan: string; n: number }>> {
  const rows = await db
    .select({ bulan: kontenDaftarJumlah.bulan, n: sql<number>`sum(${kontenDaftarJumlah.jumlah})` })
    .from(kontenDaftarJumlah)
    .where(countWhere(f))
    .groupBy(kontenDaftarJumlah.bulan);
  // 'YYYY-MM' compares as text; '' (undated) sorts last, as those items do.
  return rows
    .map((r) => ({ bulan: r.bulan, n: Number(r.n) }))
    .filter((r) => r.n > 0)
    .sort((a, b) => (a.bulan < b.bulan ? 1 : -1));
}

/**
 * The month that holds the item at `offset` of a list running newest month first, and how many of
 * that month's items come before it. Null when a plain offset reads no more (the first month, past
 * the end) or when undated items are counted (no month holds them).
 */
export function monthOf(months: Array<{ bulan: string; n: number }>, offset: number): { before: Date; skip: number } | null {
  if (months.some((m) => m.bulan === '')) return null;
  let passed = 0;
  for (const [i, m] of months.entries()) {
    if (passed + m.n > offset) return i === 0 ? null : { before: afterBulan(m.bulan), skip: offset - passed };
    passed += m.n;
  }
  return null;
}

/**
 * A slice of a unit's live items, newest first, as a subquery of ids and dates to join the page's
 * text to. Read from `konten_daftar`'s index for exactly this filter and order, starting at the
 * month that holds the slice's first item (`pageStart`), so page 2,500 of 100,000 items reads what
 * page 1 does plus at most one month's items.
 */
export async function livePage(db: Queryable, f: LiveFilter, slice: { offset: number; limit: number }) {
  const where: SQL[] = [eq(kontenDaftar.unitId, f.unitId)];
  if (f.jenis) where.push(eq(kontenDaftar.jenis, f.jenis));
  if (f.bidangId) where.push(eq(kontenDaftar.bidangId, f.bidangId));
  if (f.kategori) where.push(eq(kontenDaftar.kategori, f.kategori));
  if (f.penulisPersonId) where.push(eq(kontenDaftar.penulisPersonId, f.penulisPersonId));
  if (f.kalender) where.push(isNotNull(kontenDaftar.mulai));
  if (f.since) where.push(gte(kontenDaftar.publishedAt, f.since));
  const start = slice.offset > 0 ? await pageStart(db, f, slice.offset) : null;
  if (start) where.push(lt(kontenDaftar.publishedAt, start.before));
  return db
    .select({ kontenId: kontenDaftar.kontenId, publishedAt: kontenDaftar.publishedAt })
    .from(kontenDaftar)
    .where(and(...where))
    .orderBy(...newestFirst(kontenDaftar.publishedAt, kontenDaftar.kontenId))
    .limit(slice.limit)
    .offset(start ? start.skip : slice.offset)
    .as('halaman');
}
