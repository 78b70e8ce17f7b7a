import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people } from '../org/schema.ts';
import { countLive, livePage, newestFirst } from './live-index.ts';
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
 * A page of a unit's live items of one kind, newest first, with how many there are in all. The
 * total is the sum of the counts kept at each publication (`live-index.ts`); the page's ids come
 * from the public lists' index for exactly this filter and order (from the month its first item is
 * in), and only the page's rows are joined to their live revision (and, for an artikel,
 * its author's name for the byline). A page past the end has no items, with the true total.
 */
export async function listPublicKonten(db: Queryable, f: PublicListFilter): Promise<{ items: PublicKontenRingkas[]; total: number }> {
  const size = f.perHalaman ?? PUBLIC_PAGE_SIZE;
  // The bidang, sub-section and byline the lists filter by are the live revision's, as the index files them.
  const filter = { unitId: f.unitId, jenis: f.jenis, bidangId: f.bidangId, kategori: f.kategori, penulisPersonId: f.penulisPersonId };
  const total = await countLive(db, filter);
  const offset = (f.halaman - 1) * size;
  if (offset >= total) return { total, items: [] };
  const page = await livePage(db, filter, { offset, limit: size });
  const rows = await db
    .select({
      id: konten.id,
      jenis: konten.jenis,
      slug: konten.slug,
      bidangId: kontenRevisi.bidangId,
      publishedAt: page.publishedAt,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      coverMediaId: kontenRevisi.coverMediaId,
      atribut: kontenRevisi.atribut,
      // The byline is the live revision's author, named with the page's read rather than per item.
      penulis: people.name,
    })
    .from(page)
    .innerJoin(konten, eq(konten.id, page.kontenId))
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .leftJoin(people, eq(people.id, kontenRevisi.penulisPersonId))
    .where(eq(konten.tenantId, f.tenantId))
    .orderBy(...newestFirst(page.publishedAt, page.kontenId));
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
