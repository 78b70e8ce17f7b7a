import { and, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { bidang, units } from '../org/schema.ts';
import { newestFirst } from './live-index.ts';
import { publicSegmentsOf } from './public-path.ts';
import { konten, kontenMediaCenter, kontenRevisi } from './schema.ts';
import type { Atribut, JenisKonten } from './terms.ts';

/** One unit item the Media Center published centrally, as the pemda's home lists it. */
export type CentralKonten = {
  id: string;
  unitName: string;
  /** The item's address on the pemda's site: `/{unit}/…` below the pemda's prefix. */
  path: string;
  judul: string;
  ringkasan: string;
  publishedAt: Date;
};

/**
 * The newest items the Media Center published on the pemda's central site (seed 004 §VIII.4), each
 * shown by its live revision and linking to its unit's page; an item unpublished by its unit
 * leaves the central list too, so the centre never shows what the unit withdrew. One query.
 */
export async function listCentralKonten(db: Queryable, tenantId: string, limit = 6): Promise<CentralKonten[]> {
  const rows = await db
    .select({
      id: konten.id,
      jenis: konten.jenis,
      slug: konten.slug,
      unitSlug: units.slug,
      unitName: units.name,
      bidangId: kontenRevisi.bidangId,
      bidangSlug: bidang.slug,
      atribut: kontenRevisi.atribut,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      publishedAt: kontenMediaCenter.publishedAt,
    })
    .from(kontenMediaCenter)
    .innerJoin(konten, eq(konten.id, kontenMediaCenter.kontenId))
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .innerJoin(units, eq(units.id, konten.unitId))
    .leftJoin(bidang, eq(bidang.id, kontenRevisi.bidangId))
    .where(and(eq(kontenMediaCenter.tenantId, tenantId), eq(kontenMediaCenter.status, 'terbit_pusat'), isNotNull(kontenMediaCenter.publishedAt)))
    // As the central list's index holds them (`konten_media_center_pusat`): a plain `desc` sorted every central item.
    .orderBy(...newestFirst(kontenMediaCenter.publishedAt, kontenMediaCenter.kontenId))
    .limit(limit);
  return rows.map((r) => {
    const slugs = new Map(r.bidangId && r.bidangSlug ? [[r.bidangId, r.bidangSlug]] : []);
    const item = { jenis: r.jenis as JenisKonten, slug: r.slug, bidangId: r.bidangId, atribut: r.atribut as Atribut };
    const segments = [r.unitSlug, ...publicSegmentsOf(item, slugs)];
    return {
      id: r.id,
      unitName: r.unitName,
      path: `/${segments.map(encodeURIComponent).join('/')}`,
      judul: r.judul,
      ringkasan: r.ringkasan,
      publishedAt: r.publishedAt as Date,
    };
  });
}

/** One unit's newest live news item, as the pemda's home lists the units' latest. */
export type UnitTerbaru = CentralKonten & { coverMediaId: string | null };

/**
 * The newest live news of every active unit of the pemda, newest first (the Media Center's view of
 * the whole government): the live revision's title and summary, linked to the unit's page. One query.
 */
export async function listLatestFromUnits(db: Queryable, tenantId: string, limit = 8): Promise<UnitTerbaru[]> {
  const rows = await db
    .select({
      id: konten.id,
      slug: konten.slug,
      unitSlug: units.slug,
      unitName: units.name,
      bidangId: kontenRevisi.bidangId,
      bidangSlug: bidang.slug,
      judul: kontenRevisi.judul,
      ringkasan: kontenRevisi.ringkasan,
      coverMediaId: kontenRevisi.coverMediaId,
      publishedAt: konten.publishedAt,
    })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .innerJoin(units, eq(units.id, konten.unitId))
    .leftJoin(bidang, eq(bidang.id, kontenRevisi.bidangId))
    .where(and(eq(konten.tenantId, tenantId), eq(konten.jenis, 'berita'), isNotNull(konten.liveRevisionId), eq(units.active, true)))
    // As the tenant's newest-first index holds them (`konten_cari_tenant`): a plain `desc` sorted every live item.
    .orderBy(...newestFirst(konten.publishedAt, konten.id))
    .limit(limit);
  return rows.map((r) => {
    const slugs = new Map(r.bidangId && r.bidangSlug ? [[r.bidangId, r.bidangSlug]] : []);
    const segments = [r.unitSlug, ...publicSegmentsOf({ jenis: 'berita', slug: r.slug, bidangId: r.bidangId, atribut: {} }, slugs)];
    return {
      id: r.id,
      unitName: r.unitName,
      path: `/${segments.map(encodeURIComponent).join('/')}`,
      judul: r.judul,
      ringkasan: r.ringkasan,
      coverMediaId: r.coverMediaId,
      publishedAt: r.publishedAt ?? new Date(0),
    };
  });
}
