import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { countLive, livePage, newestFirst } from '../../konten/live-index.ts';
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
 * have none. The slice is read from the content module's index of live items (its bidang the live
 * revision's), and only its rows are joined to the live revision for the text, and the byline of
 * an artikel; a slice deep in the list (the sitemap's parts) starts at the month of its first item.
 */
export async function listFeedItems(db: Queryable, f: FeedFilter): Promise<FeedItem[]> {
  const page = await livePage(db, { unitId: f.unitId, jenis: f.jenis, bidangId: f.bidangId, since: f.since }, { offset: f.offset ?? 0, limit: f.limit });
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
      publishedAt: page.publishedAt,
      revisedAt: kontenRevisi.createdAt,
    })
    .from(page)
    .innerJoin(konten, eq(konten.id, page.kontenId))
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .leftJoin(people, eq(people.id, kontenRevisi.penulisPersonId))
    .where(and(eq(konten.tenantId, f.tenantId), isNotNull(page.publishedAt)))
    .orderBy(...newestFirst(page.publishedAt, page.kontenId));
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

/** How many live items a unit has (the counts kept at each publication): a large unit's sitemap is split into several files. */
export async function countLiveItems(db: Queryable, unitId: string): Promise<number> {
  return countLive(db, { unitId });
}
