import { and, asc, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people } from '../org/schema.ts';
import { konten, kontenRevisi } from './schema.ts';
import type { Atribut, JenisKonten, KategoriPublikasi } from './terms.ts';

/** Items per page of a public list: twenty stay far inside the page's 30 KB budget. */
export const PUBLIC_PAGE_SIZE = 20;

/** One live item as a public list shows it: always its live (approved) revision, never the draft. */
export type PublicKontenRingkas = {
  id: string;
  jenis: JenisKonten;
  slug: string;
  bidangId: string | null;
  publishedAt: Date;
  judul: string;
  ringkasan: string;
  coverMediaId: string | null;
  atribut: Atribut;
  /** The byline of an artikel (the author's name); null for other kinds. */
  penulis: string | null;
};

export type PublicListFilter = {
  tenantId: string;
  unitId: string;
  jenis: JenisKonten;
  bidangId?: string;
  /** publikasi: one sub-section only. */
  kategori?: KategoriPublikasi;
  /** artikel: one author's only (the live revision's byline). */
  penulisPersonId?: string;
  /** 1-based page number. */
  halaman: number;
  perHalaman?: number;
};

/**
 * A page of a unit's live items of one kind, newest first, with how many there are in all — in
 * one query. The page is chosen from the `konten_public_order` index (unit, kind, publication
 * date, id, live only) with the total counted over the same rows, and only the page's rows are
 * joined to their live revision (and, for an artikel, its author's name for the byline).
 */
export async function listPublicKonten(db: Queryable, f: PublicListFilter): Promise<{ items: PublicKontenRingkas[]; total: number }> {
  const size = f.perHalaman ?? PUBLIC_PAGE_SIZE;
  const where: SQL[] = [eq(konten.unitId, f.unitId), eq(konten.tenantId, f.tenantId), eq(konten.jenis, f.jenis), isNotNull(konten.liveRevisionId)];
  // The bidang and the sub-section the public sees are the live revision's: the item row follows
  // the revision being worked on, which may have moved the item elsewhere before its approval.
  if (f.bidangId) where.push(sql`exists (select 1 from ${kontenRevisi} r where r.id = ${konten.liveRevisionId} and r.bidang_id = ${f.bidangId})`);
  if (f.kategori) where.push(sql`exists (select 1 from ${kontenRevisi} r where r.id = ${konten.liveRevisionId} and r.atribut->>'kategori' = ${f.kategori})`);
  if (f.penulisPersonId)
    where.push(sql`exists (select 1 from ${kontenRevisi} r where r.id = ${konten.liveRevisionId} and r.penulis_person_id = ${f.penulisPersonId})`);
  const page = db
    .select({
      id: konten.id,
      jenis: konten.jenis,
      slug: konten.slug,
      publishedAt: konten.publishedAt,
      liveRevisionId: konten.liveRevisionId,
      total: sql<number>`count(*) over ()`.as('total'),
    })
    .from(konten)
    .where(and(...where))
    // Exactly the index's order, so the page is read from it rather than sorted.
    .orderBy(desc(konten.publishedAt), asc(konten.id))
    .limit(size)
    .offset((f.halaman - 1) * size)
    .as('halaman');
  const rows = await db
    .select({
      id: page.id,
      jenis: page.jenis,
      slug: page.slug,
      bidangId: kontenRevisi.bidangId,
      publishedAt: page.publishedAt,
      total: page.total,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      coverMediaId: kontenRevisi.coverMediaId,
      atribut: kontenRevisi.atribut,
      // The byline is the live revision's author, named with the page's read rather than per item.
      penulis: people.name,
    })
    .from(page)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, page.liveRevisionId))
    .leftJoin(people, eq(people.id, kontenRevisi.penulisPersonId))
    .orderBy(desc(page.publishedAt), asc(page.id));
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      jenis: r.jenis as JenisKonten,
      slug: r.slug,
      bidangId: r.bidangId,
      // A live item always has its first publication date; the fallback only satisfies the type.
      publishedAt: r.publishedAt ?? new Date(0),
      judul: r.judul,
      ringkasan: r.ringkasan,
      coverMediaId: r.coverMediaId,
      atribut: r.atribut,
      penulis: r.jenis === 'artikel' ? r.penulis : null,
    })),
  };
}
