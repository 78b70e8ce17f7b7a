import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Atribut, JenisKonten } from '../konten/terms.ts';
import { CARI_CANDIDATES, CARI_PAGE_SIZE, type JenisCari, MARK_END, MARK_START } from './terms.ts';

export type CariFilter = {
  tenantId: string;
  /** null: every unit of the tenant (the pemda's search). */
  unitId: string | null;
  words: string[];
  jenis?: JenisCari;
  bidangId?: string;
  tahun?: number;
  /** 1-based. */
  halaman: number;
};

/** One result: a live content item or a DIP item, with its excerpt marked by MARK_START/MARK_END. */
export type CariHit = {
  sumber: 'konten' | 'dip';
  id: string;
  unitId: string;
  jenis: JenisKonten | 'dip';
  slug: string | null;
  bidangId: string | null;
  atribut: Atribut;
  judul: string;
  tanggal: Date | null;
  cuplikan: string;
};

const dipKlasifikasi = sql`('berkala', 'serta_merta', 'setiap_saat')`;
// The DIP's words: the same expression as the `informasi_cari` index (informasi/schema.ts), with
// the weights of content (title A, summary B), so both rank on one scale.
const dipVector = sql`(setweight(to_tsvector('indonesian', i.judul), 'A') || setweight(to_tsvector('indonesian', i.ringkasan), 'B'))`;
// Control characters never appear in what people write; they are removed from the source text
// anyway, so a mark in the excerpt is always one the database put there.
const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const bodyText = sql`(select string_agg(x, ' ') from jsonb_array_elements_text(jsonb_path_query_array(r.isi, 'strict $.**.text')) x)`;

// The query is written into each branch as a constant (not read from a CTE), so the planner sees
// the words and their frequency: a word in most items is read newest first from a unit index and
// stops after a few hundred rows, a rare one is found through the GIN index.
const tsquery = (f: CariFilter) => sql`plainto_tsquery('indonesian', ${f.words.join(' ')})`;

function kontenBranch(f: CariFilter, bidangMatched: string[]): SQL {
  const query = tsquery(f);
  const where: SQL[] = [sql`c.tenant_id = ${f.tenantId}`];
  where.push(
    bidangMatched.length > 0
      ? sql`(c.cari @@ ${query} or c.bidang_id in (${sql.join(
          bidangMatched.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`
      : sql`c.cari @@ ${query}`,
  );
  if (f.unitId) where.push(sql`c.unit_id = ${f.unitId}`);
  if (f.jenis) where.push(sql`c.jenis = ${f.jenis}`);
  if (f.bidangId) where.push(sql`c.bidang_id = ${f.bidangId}`);
  if (f.tahun)
    where.push(sql`c.published_at >= make_timestamptz(${f.tahun}, 1, 1, 0, 0, 0) and c.published_at < make_timestamptz(${f.tahun + 1}, 1, 1, 0, 0, 0)`);
  // The newest CARI_CANDIDATES matches of the live items (konten_cari holds only those), ranked
  // afterwards: a word in every item must not make each search rank thousands of vectors.
  return sql`(select 'konten' as sumber, c.konten_id as id, c.unit_id, c.jenis, c.bidang_id, c.revisi_id, c.tanggal, ts_rank(c.cari, ${query}) as skor
    from (
      select c.konten_id, c.unit_id, c.jenis, c.bidang_id, c.revisi_id, c.published_at as tanggal, c.cari
      from konten_cari c
      where ${sql.join(where, sql` and `)}
      order by c.published_at desc nulls last, c.konten_id limit ${CARI_CANDIDATES}
    ) c)`;
}

// The DIP items whose words match, from the `informasi_cari` GIN index alone: materialized, so the
// planner cannot instead compute the vector of every item of the unit (tens of milliseconds for a
// few hundred items); only the matches get their vector computed again, for the rank.
const dipMatches = (f: CariFilter) => sql`dip_words as materialized (select i.id from informasi i where ${dipVector} @@ ${tsquery(f)})`;

function dipBranch(f: CariFilter): SQL {
  const query = tsquery(f);
  const where: SQL[] = [
    sql`i.id in (select id from dip_words)`,
    sql`i.tenant_id = ${f.tenantId}`,
    sql`i.diarsipkan_at is null`,
    sql`i.klasifikasi in ${dipKlasifikasi}`,
  ];
  if (f.unitId) where.push(sql`i.unit_id = ${f.unitId}`);
  if (f.tahun) where.push(sql`extract(year from coalesce(i.tanggal_terbit, i.created_at::date)) = ${f.tahun}`);
  return sql`(select 'dip' as sumber, i.id, i.unit_id, 'dip' as jenis, null::uuid as bidang_id, null::uuid as revisi_id,
      coalesce(i.tanggal_terbit::timestamptz, i.created_at) as tanggal, ts_rank(${dipVector}, ${query}) as skor
    from informasi i
    where ${sql.join(where, sql` and `)}
    order by coalesce(i.tanggal_terbit::timestamptz, i.created_at) desc limit ${CARI_CANDIDATES})`;
}

/** A page of results; `capped`: more items match than the newest CARI_CANDIDATES that were ranked. */
export type CariFound = { hits: CariHit[]; total: number; capped: boolean };

/**
 * A page of live content and DIP items matching every word (Indonesian stemming), best first, with
 * the total. Content is read from `konten_cari`, which holds live revisions only and is rewritten in
 * the transaction of each publication, so a draft's words are never found and an unpublished item
 * drops out at once. `bidangMatched` are the bidang whose name matches the
 * words: their items count as matches too.
 */
export async function searchSite(db: Queryable, f: CariFilter, bidangMatched: string[] = []): Promise<CariFound> {
  if (f.words.length === 0) return { hits: [], total: 0, capped: false };
  const branches: SQL[] = [];
  const ctes: SQL[] = [];
  if (f.jenis !== 'dip') branches.push(kontenBranch(f, bidangMatched));
  if ((f.jenis === undefined || f.jenis === 'dip') && !f.bidangId) {
    ctes.push(dipMatches(f));
    branches.push(dipBranch(f));
  }
  const offset = (f.halaman - 1) * CARI_PAGE_SIZE;
  const result = await db.execute(sql`
    with ${sql.join([...ctes, sql`hits as (${sql.join(branches, sql` union all `)})`], sql`, `)},
    page as (
      select hits.*, count(*) over () as total,
        (count(*) filter (where sumber = 'konten') over () >= ${CARI_CANDIDATES} or count(*) filter (where sumber = 'dip') over () >= ${CARI_CANDIDATES}) as capped
      from hits
      order by skor desc, tanggal desc nulls last, id limit ${CARI_PAGE_SIZE} offset ${offset}
    )
    select page.sumber, page.id, page.unit_id, page.jenis, k.slug, page.bidang_id, page.tanggal, page.total, page.capped,
      coalesce(r.judul, i.judul) as judul, coalesce(r.atribut, '{}'::jsonb) as atribut,
      ts_headline('indonesian',
        translate(case when page.sumber = 'dip' then i.ringkasan else r.ringkasan || ' ' || left(coalesce(${bodyText}, ''), 4000) end, ${`${MARK_START}${MARK_END}`}, ''),
        ${tsquery(f)}, ${headlineOptions}) as cuplikan
    from page
      left join konten k on page.sumber = 'konten' and k.id = page.id
      left join konten_revisi r on r.id = page.revisi_id
      left join informasi i on page.sumber = 'dip' and i.id = page.id
    order by page.skor desc, page.tanggal desc nulls last, page.id`);
  const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
  return {
    total: Number(rows[0]?.total ?? 0),
    capped: rows[0]?.capped === true,
    hits: rows.map((row) => ({
      sumber: row.sumber as CariHit['sumber'],
      id: String(row.id),
      unitId: String(row.unit_id),
      jenis: row.jenis as CariHit['jenis'],
      slug: (row.slug as string | null) ?? null,
      bidangId: (row.bidang_id as string | null) ?? null,
      atribut: (typeof row.atribut === 'string' ? JSON.parse(row.atribut) : row.atribut) as Atribut,
      judul: String(row.judul ?? ''),
      tanggal: row.tanggal ? new Date(row.tanggal as string) : null,
      cuplikan: String(row.cuplikan ?? ''),
    })),
  };
}

/** The bidang (of one unit, or of the tenant's units) whose name matches the words. */
export async function bidangMatching(db: Queryable, tenantId: string, unitId: string | null, words: string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const result = await db.execute(sql`
    select b.id from bidang b join units u on u.id = b.unit_id
    where u.tenant_id = ${tenantId} ${unitId ? sql`and b.unit_id = ${unitId}` : sql``}
      and to_tsvector('indonesian', b.name) @@ plainto_tsquery('indonesian', ${words.join(' ')})`);
  return (result as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
}
