import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { livePage, newestFirst } from './live-index.ts';
import { konten, kontenRevisi } from './schema.ts';
import type { JenisKonten, KategoriPublikasi } from './terms.ts';

/** What a sitemap needs of a live item: the parts of its public address, and when it last changed. */
export type LiveAddress = {
  jenis: JenisKonten;
  slug: string;
  bidangId: string | null;
  atribut: { kategori?: KategoriPublikasi };
  /** The later of its first publication and its live revision (an edit approved later is newer). */
  lastmod: Date;
};

/**
 * A slice of a unit's live items, newest first, as their addresses: only the few short columns an
 * address is built from, so a sitemap file of thousands of items does not carry every title,
 * summary and byline out of the database to throw them away.
 */
export async function listLiveAddresses(
  db: Queryable,
  f: { tenantId: string; unitId: string },
  slice: { offset: number; limit: number },
): Promise<LiveAddress[]> {
  const page = await livePage(db, { unitId: f.unitId }, slice);
  const rows = await db
    .select({
      jenis: konten.jenis,
      slug: konten.slug,
      bidangId: kontenRevisi.bidangId,
      kategori: sql<KategoriPublikasi | null>`${kontenRevisi.atribut}->>'kategori'`,
      lastmod: sql<string>`greatest(${kontenRevisi.createdAt}, ${page.publishedAt})`,
    })
    .from(page)
    .innerJoin(konten, eq(konten.id, page.kontenId))
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .where(eq(konten.tenantId, f.tenantId))
    .orderBy(...newestFirst(page.publishedAt, page.kontenId));
  return rows.map((r) => ({
    jenis: r.jenis as JenisKonten,
    slug: r.slug,
    bidangId: r.bidangId,
    atribut: r.kategori ? { kategori: r.kategori } : {},
    lastmod: new Date(r.lastmod),
  }));
}
