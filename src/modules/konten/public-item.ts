import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people } from '../org/schema.ts';
import type { PublicKontenRingkas } from './public-list.ts';
import { type DokumenIsi, konten, kontenRevisi } from './schema.ts';
import type { Atribut, JenisKonten } from './terms.ts';

/** A live item as its public page shows it: the live revision's text, never a later draft's. */
export type PublicKonten = PublicKontenRingkas & {
  isi: DokumenIsi;
  tags: string[];
  /** Every media item the live revision shows (cover, body, gallery). */
  mediaIds: string[];
  /** When the live revision was written: "updated" on the page when later than publication. */
  revisedAt: Date;
};

/**
 * One live item of a unit by kind and slug, with its live revision, or null when there is none:
 * a draft, an item waiting for approval or a schedule, and an unpublished one are all "not found".
 */
export async function getPublicKonten(db: Queryable, f: { tenantId: string; unitId: string; jenis: JenisKonten; slug: string }): Promise<PublicKonten | null> {
  const [row] = await db
    .select({
      id: konten.id,
      jenis: konten.jenis,
      slug: konten.slug,
      bidangId: kontenRevisi.bidangId,
      publishedAt: konten.publishedAt,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      isi: kontenRevisi.isi,
      atribut: kontenRevisi.atribut,
      coverMediaId: kontenRevisi.coverMediaId,
      tags: kontenRevisi.tags,
      mediaIds: kontenRevisi.mediaIds,
      revisedAt: kontenRevisi.createdAt,
      penulis: people.name,
    })
    .from(konten)
    // Joined on liveRevisionId: an item that is not live has no row here at all.
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .leftJoin(people, eq(people.id, kontenRevisi.penulisPersonId))
    .where(and(eq(konten.tenantId, f.tenantId), eq(konten.unitId, f.unitId), eq(konten.jenis, f.jenis), eq(konten.slug, f.slug)));
  if (!row) return null;
  return {
    ...row,
    jenis: row.jenis as JenisKonten,
    publishedAt: row.publishedAt ?? row.revisedAt,
    atribut: row.atribut as Atribut,
    penulis: row.jenis === 'artikel' ? row.penulis : null,
  };
}
