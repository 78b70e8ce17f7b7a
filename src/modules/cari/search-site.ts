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
// The DIP has a few hundred items per unit: their vector is computed as they are read, with the
// same weights as content (title A, summary B), so both rank on one scale.
const dipVector = sql`(setweight(to_tsvector('indonesian', i.judul), 'A') || setweight(to_tsvector('indonesian', i.ringkasan), 'B'))`;
// Control characters never appear in what people write; they are removed from the source text
// anyway, so a mark in the excerpt is always one the database put there.
const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const bodyText = sql`(select string_agg(x, ' ') from jsonb_array_elements_text(jsonb_path_query_array(r.isi, 'strict $.**.text')) x)`;

function kontenBranch(f: CariFilter, bidangMatched: string[]): SQL {
  const where: SQL[] = [sql`k.tenant_id = ${f.tenantId}`, sql`k.live_revision_id is not null`];
  const match =
    bidangMatched.length > 0
      ? sql`(r.cari @@ q.q or r.bidang_id in (${sql.join(
          bidangMatched.map((id) => sql`${id}`),
          sql`, `,
        )}))`
      : sql`r.cari @@ q.q`;
  where.push(match);
  if (f.unitId) where.push(sql`k.unit_id = ${f.unitId}`);
  if (f.jenis) where.push(sql`k.jenis = ${f.jenis}`);
  if (f.bidangId) where.push(sql`r.bidang_id = ${f.bidangId}`);
  if (f.tahun)
    where.push(sql`k.published_at >= make_timestamptz(${f.tahun}, 1, 1, 0, 0, 0) and k.published_at < make_timestamptz(${f.tahun + 1}, 1, 1, 0, 0, 0)`);
  // The newest CARI_CANDIDATES matches, ranked afterwards. A word in most items ("pelatihan" at a
  // training agency) would otherwise make every search rank thousands of vectors; read newest
  // first from konten_cari_unit (or _tenant), such a word stops after a few hundred rows, and a rare word is
  // found through the GIN index instead (the planner picks by the word's frequency).
  return sql`(select 'konten' as sumber, c.id, c.unit_id, c.jenis, c.slug, c.bidang_id, c.revisi_id, c.tanggal, ts_rank(c.cari, q.q) as skor
    from (
      select k.id, k.unit_id, k.jenis, k.slug, r.bidang_id, r.id as revisi_id, k.published_at as tanggal, r.cari
      from konten k join konten_revisi r on r.id = k.live_revision_id, q
      where ${sql.join(where, sql` and `)}
      order by k.published_at desc nulls last, k.id limit ${CARI_CANDIDATES}
    ) c, q)`;
}

function dipBranch(f: CariFilter): SQL {
  const where: SQL[] = [sql`i.tenant_id = ${f.tenantId}`, sql`i.diarsipkan_at is null`, sql`i.klasifikasi in ${dipKlasifikasi}`, sql`${dipVector} @@ q.q`];
  if (f.unitId) where.push(sql`i.unit_id = ${f.unitId}`);
  if (f.tahun) where.push(sql`extract(year from coalesce(i.tanggal_terbit, i.created_at::date)) = ${f.tahun}`);
  return sql`(select 'dip' as sumber, i.id, i.unit_id, 'dip' as jenis, null as slug, null::uuid as bidang_id, null::uuid as revisi_id,
      coalesce(i.tanggal_terbit::timestamptz, i.created_at) as tanggal, ts_rank(${dipVector}, q.q) as skor
    from informasi i, q
    where ${sql.join(where, sql` and `)}
    order by coalesce(i.tanggal_terbit::timestamptz, i.created_at) desc limit ${CARI_CANDIDATES})`;
}

/** A page of results; `capped`: more items match than the newest CARI_CANDIDATES that were ranked. */
export type CariFound = { hits: CariHit[]; total: number; capped: boolean };

/**
 * A page of live content and DIP items matching every word (Indonesian stemming), best first, with
 * the total. Content is read through its live revision only, so a draft's words are never found and
 * an unpublished item drops out at once. `bidangMatched` are the bidang whose name matches the
 * words: their items count as matches too.
 */
export async function searchSite(db: Queryable, f: CariFilter, bidangMatched: string[] = []): Promise<CariFound> {
  if (f.words.length === 0) return { hits: [], total: 0, capped: false };
  const branches: SQL[] = [];
  if (f.jenis !== 'dip') branches.push(kontenBranch(f, bidangMatched));
  if ((f.jenis === undefined || f.jenis === 'dip') && !f.bidangId) branches.push(dipBranch(f));
  const offset = (f.halaman - 1) * CARI_PAGE_SIZE;
  const result = await db.execute(sql`
    with q as (select plainto_tsquery('indonesian', ${f.words.join(' ')}) as q),
    hits as (${sql.join(branches, sql` union all `)}),
    page as (
      select hits.*, count(*) over () as total,
        (count(*) filter (where sumber = 'konten') over () >= ${CARI_CANDIDATES} or count(*) filter (where sumber = 'dip') over () >= ${CARI_CANDIDATES}) as capped
      from hits
      order by skor desc, tanggal desc nulls last, id limit ${CARI_PAGE_SIZE} offset ${offset}
    )
    select page.sumber, page.id, page.unit_id, page.jenis, page.slug, page.bidang_id, page.tanggal, page.total, page.capped,
      coalesce(r.judul, i.judul) as judul, coalesce(r.atribut, '{}'::jsonb) as atribut,
      ts_headline('indonesian',
        translate(case when page.sumber = 'dip' then i.ringkasan else r.ringkasan || ' ' || left(coalesce(${bodyText}, ''), 4000) end, ${`${MARK_START}${MARK_END}`}, ''),
        q.q, ${headlineOptions}) as cuplikan
    from page
      left join konten_revisi r on r.id = page.revisi_id
      left join informasi i on page.sumber = 'dip' and i.id = page.id
      cross join q
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
