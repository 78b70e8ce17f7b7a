import { and, asc, desc, eq, gte, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { konten, kontenRevisi } from '../../konten/schema.ts';
import type { Atribut, JenisKonten } from '../../konten/terms.ts';
import { people } from '../../org/schema.ts';

/** One live item as a feed or a sitemap names it: always its live revision, never a draft. */
export type FeedItem = {
  id: string;
  jenis: JenisKonten;
  slug: string;
  bidangId: string | null;
  atribut: Atribut;
  judul: string;
  ringkasan: string;
  coverMediaId: string | null;
  penulis: string | null;
  publishedAt: Date;
  /** When the live revision was written: a feed's `updated`, a sitemap's `lastmod`. */
  revisedAt: Date;
};

export type FeedFilter = {
  tenantId: string;
  unitId: string;
  jenis?: JenisKonten;
  /** berita of one bidang (the live revision's). */
  bidangId?: string;
  /** Only items first published at or after this instant (the news sitemap's two days). */
  since?: Date;
  limit: number;
  offset?: number;
};

/**
 * A unit's live items, newest first. "Live" is exactly what the public pages show: the item has
 * a live revision; a draft, an item waiting, a scheduled one not yet out, and an unpublished one
 * have none. Joined to the live revision for the text, and the byline of an artikel.
 */
export async function listFeedItems(db: Queryable, f: FeedFilter): Promise<FeedItem[]> {
  const where: SQL[] = [eq(konten.tenantId, f.tenantId), eq(konten.unitId, f.unitId), isNotNull(konten.liveRevisionId), isNotNull(konten.publishedAt)];
  if (f.jenis) where.push(eq(konten.jenis, f.jenis));
  if (f.bidangId) where.push(eq(kontenRevisi.bidangId, f.bidangId));
  if (f.since) where.push(gte(konten.publishedAt, f.since));
  const rows = await db
    .select({
      id: konten.id,
      jenis: konten.jenis,
      slug: konten.slug,
      bidangId: kontenRevisi.bidangId,
      atribut: kontenRevisi.atribut,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      coverMediaId: kontenRevisi.coverMediaId,
      penulis: people.name,
      publishedAt: konten.publishedAt,
      revisedAt: kontenRevisi.createdAt,
    })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .leftJoin(people, eq(people.id, kontenRevisi.penulisPersonId))
    .where(and(...where))
    .orderBy(desc(konten.publishedAt), asc(konten.id))
    .limit(f.limit)
    .offset(f.offset ?? 0);
  return rows.map((r) => ({
    ...r,
    jenis: r.jenis as JenisKonten,
    atribut: r.atribut as Atribut,
    penulis: r.jenis === 'artikel' ? r.penulis : null,
    publishedAt: r.publishedAt as Date,
    // An edit approved later is newer than the first publication; an older revision date never shows.
    revisedAt: r.revisedAt > (r.publishedAt as Date) ? r.revisedAt : (r.publishedAt as Date),
  }));
}

/** How many live items a unit has: a large unit's sitemap is split into several files. */
export async function countLiveItems(db: Queryable, tenantId: string, unitId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(konten)
    .where(and(eq(konten.tenantId, tenantId), eq(konten.unitId, unitId), isNotNull(konten.liveRevisionId), isNotNull(konten.publishedAt)));
  return Number(row?.n ?? 0);
}
