import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { Klasifikasi } from '../klasifikasi.ts';
import { prefixQuery } from '../list-informasi.ts';
import { type InformasiRow, informasi } from '../schema.ts';

/** Items per page of the public DIP and DIK: a page that stays far inside the 30 KB budget. */
export const PUBLIC_LIST_PAGE_SIZE = 20;

// The public pages read only what they show: the list needs no consequence test, the DIK no
// summary (its contents are exempt), and neither the audit columns.
const listColumns = {
  id: informasi.id,
  klasifikasi: informasi.klasifikasi,
  judul: informasi.judul,
  ringkasan: informasi.ringkasan,
  penguasaInformasi: informasi.penguasaInformasi,
  tanggalTerbit: informasi.tanggalTerbit,
  pembaruanBerikutnya: informasi.pembaruanBerikutnya,
  pengecualianBerakhir: informasi.pengecualianBerakhir,
};
const dikColumns = {
  id: informasi.id,
  klasifikasi: informasi.klasifikasi,
  pembaruanBerikutnya: informasi.pembaruanBerikutnya,
  judul: informasi.judul,
  penguasaInformasi: informasi.penguasaInformasi,
  pasal17Huruf: informasi.pasal17Huruf,
  dasarHukum: informasi.dasarHukum,
  ujiKonsekuensi: informasi.ujiKonsekuensi,
  masaPengecualian: informasi.masaPengecualian,
  pengecualianBerakhir: informasi.pengecualianBerakhir,
  penetapanNomor: informasi.penetapanNomor,
  penetapanTanggal: informasi.penetapanTanggal,
};

export type PublicListRow = Pick<InformasiRow, keyof typeof listColumns>;
export type PublicDikRow = Pick<InformasiRow, keyof typeof dikColumns>;

export type Filter = { unitId: string; klasifikasi: readonly Klasifikasi[]; q?: string };

function whereOf(filter: Filter): SQL | undefined {
  const where: SQL[] = [eq(informasi.unitId, filter.unitId), isNull(informasi.diarsipkanAt), inArray(informasi.klasifikasi, [...filter.klasifikasi])];
  const query = filter.q ? prefixQuery(filter.q) : null;
  if (query) where.push(sql`to_tsvector('simple', ${informasi.judul} || ' ' || ${informasi.ringkasan}) @@ to_tsquery('simple', ${query})`);
  return and(...where);
}

// Exactly the order of the informasi_public_order index (NULLS LAST included), so a page is read
// from the index rather than sorted.
const order = [asc(informasi.klasifikasi), sql`${informasi.tanggalTerbit} desc nulls last`, sql`${informasi.createdAt} desc nulls last`, asc(informasi.id)];

/** How many items of each class match (classes with none are absent), for the list's summary and total. */
export async function countPublicInformasi(db: Queryable, filter: Filter): Promise<Map<Klasifikasi, number>> {
  const rows = await db
    .select({ klasifikasi: informasi.klasifikasi, n: sql<number>`count(*)`.mapWith(Number) })
    .from(informasi)
    .where(whereOf(filter))
    .groupBy(informasi.klasifikasi);
  return new Map(rows.map((r) => [r.klasifikasi as Klasifikasi, Number(r.n)]));
}

async function pageOf<C extends Record<string, unknown>>(db: Queryable, columns: C, filter: Filter, page: number) {
  return db
    .select(columns as never)
    .from(informasi)
    .where(whereOf(filter))
    .orderBy(...order)
    .limit(PUBLIC_LIST_PAGE_SIZE)
    .offset((page - 1) * PUBLIC_LIST_PAGE_SIZE);
}

// Searching, the planner would walk the order index and compute every item's tsvector until a
// page of matches is found (~50 µs each on PGlite). `OFFSET 0` keeps the matching in a subquery
// of its own, answered from the full-text index, and only the matches are sorted.
async function searchPage(db: Queryable, filter: Filter, page: number): Promise<PublicListRow[]> {
  const matches = db
    .select({ ...listColumns, createdAt: informasi.createdAt })
    .from(informasi)
    .where(whereOf(filter))
    .offset(0)
    .as('matches');
  const rows = await db
    .select()
    .from(matches)
    .orderBy(asc(matches.klasifikasi), sql`${matches.tanggalTerbit} desc nulls last`, sql`${matches.createdAt} desc nulls last`, asc(matches.id))
    .limit(PUBLIC_LIST_PAGE_SIZE)
    .offset((page - 1) * PUBLIC_LIST_PAGE_SIZE);
  // createdAt only orders the page; the list does not show it.
  return rows.map(({ createdAt: _orderOnly, ...row }) => row);
}

/** A page of the DIP (or its search results) in list order, with the columns the list shows. */
export async function listPublicInformasi(db: Queryable, filter: Filter, page: number): Promise<PublicListRow[]> {
  if (filter.q && prefixQuery(filter.q)) return searchPage(db, filter, page);
  return (await pageOf(db, listColumns, filter, page)) as PublicListRow[];
}

/** A page of the DIK in list order, with the columns of its entries (never the exempt summary). */
export async function listPublicDik(db: Queryable, unitId: string, page: number): Promise<PublicDikRow[]> {
  return (await pageOf(db, dikColumns, { unitId, klasifikasi: ['dikecualikan'] }, page)) as PublicDikRow[];
}
