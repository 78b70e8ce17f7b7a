import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { preparedOnce } from '../../../db/prepared.ts';
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

// Every public list request runs the same few statements with other values (preparedOnce). The
// unit, the search terms, the page size and offset are placeholders; the classes are fixed per list
// (DIP or DIK), so they are part of the statement and of its name.
/** The statement's name: which query, which classes, with or without search terms. */
const statementName = (kind: string, filter: Filter, query: string | null) => `informasi_public_${kind}_${filter.klasifikasi.join('_')}${query ? '_q' : ''}`;

function whereOf(filter: Filter, query: string | null): SQL | undefined {
  const where: SQL[] = [
    eq(informasi.unitId, sql.placeholder('unitId')),
    isNull(informasi.diarsipkanAt),
    inArray(informasi.klasifikasi, [...filter.klasifikasi]),
  ];
  if (query) where.push(sql`to_tsvector('simple', ${informasi.judul} || ' ' || ${informasi.ringkasan}) @@ to_tsquery('simple', ${sql.placeholder('q')})`);
  return and(...where);
}

const queryOf = (filter: Filter) => (filter.q ? prefixQuery(filter.q) : null);
const pageValues = (page: number) => ({ limit: PUBLIC_LIST_PAGE_SIZE, offset: (page - 1) * PUBLIC_LIST_PAGE_SIZE });

// Exactly the order of the informasi_public_order index (NULLS LAST included), so a page is read
// from the index rather than sorted.
const order = [asc(informasi.klasifikasi), sql`${informasi.tanggalTerbit} desc nulls last`, sql`${informasi.createdAt} desc nulls last`, asc(informasi.id)];

/** How many items of each class match (classes with none are absent), for the list's summary and total. */
export async function countPublicInformasi(db: Queryable, filter: Filter): Promise<Map<Klasifikasi, number>> {
  const query = queryOf(filter);
  const statement = preparedOnce(db, statementName('count', filter, query), (name) =>
    db
      .select({ klasifikasi: informasi.klasifikasi, n: sql<number>`count(*)`.mapWith(Number) })
      .from(informasi)
      .where(whereOf(filter, query))
      .groupBy(informasi.klasifikasi)
      .prepare(name),
  );
  const rows = await statement.execute({ unitId: filter.unitId, q: query });
  return new Map(rows.map((r) => [r.klasifikasi as Klasifikasi, Number(r.n)]));
}

async function pageOf<C extends Record<string, unknown>>(db: Queryable, kind: string, columns: C, filter: Filter, page: number): Promise<unknown[]> {
  const statement = preparedOnce(db, statementName(kind, filter, null), (name) =>
    db
      .select(columns as never)
      .from(informasi)
      .where(whereOf(filter, null))
      .orderBy(...order)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name),
  );
  return statement.execute({ unitId: filter.unitId, ...pageValues(page) });
}

// Searching, the planner would walk the order index and compute every item's tsvector until a
// page of matches is found (~50 µs each on PGlite). `OFFSET 0` keeps the matching in a subquery
// of its own, answered from the full-text index, and only the matches are sorted.
async function searchPage(db: Queryable, filter: Filter, query: string, page: number): Promise<PublicListRow[]> {
  const statement = preparedOnce(db, statementName('search', filter, query), (name) => {
    const matches = db
      .select({ ...listColumns, createdAt: informasi.createdAt })
      .from(informasi)
      .where(whereOf(filter, query))
      .offset(0)
      .as('matches');
    return db
      .select()
      .from(matches)
      .orderBy(asc(matches.klasifikasi), sql`${matches.tanggalTerbit} desc nulls last`, sql`${matches.createdAt} desc nulls last`, asc(matches.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name);
  });
  const rows = await statement.execute({ unitId: filter.unitId, q: query, ...pageValues(page) });
  // createdAt only orders the page; the list does not show it.
  return rows.map(({ createdAt: _orderOnly, ...row }) => row);
}

/** A page of the DIP (or its search results) in list order, with the columns the list shows. */
export async function listPublicInformasi(db: Queryable, filter: Filter, page: number): Promise<PublicListRow[]> {
  const query = queryOf(filter);
  if (query) return searchPage(db, filter, query, page);
  return (await pageOf(db, 'page', listColumns, filter, page)) as PublicListRow[];
}

/** A page of the DIK in list order, with the columns of its entries (never the exempt summary). */
export async function listPublicDik(db: Queryable, unitId: string, page: number): Promise<PublicDikRow[]> {
  return (await pageOf(db, 'dik', dikColumns, { unitId, klasifikasi: ['dikecualikan'] }, page)) as PublicDikRow[];
}
