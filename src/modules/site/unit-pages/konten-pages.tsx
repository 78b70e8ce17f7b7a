import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { getPublicKonten, type PublicKonten } from '../../konten/public-item.ts';
import { listPublicKonten, PUBLIC_PAGE_SIZE, type PublicListFilter } from '../../konten/public-list.ts';
import { gambarPublik } from '../../konten/public-media.ts';
import type { JenisKonten } from '../../konten/terms.ts';
import { type BidangPublik, KontenList, sampulOf } from '../../konten/views/konten-list.tsx';
import { KontenPage, type KontenPageProps } from '../../konten/views/konten-page.tsx';
import { listBidang } from '../../org/find-units.ts';
import { itemMeta } from '../meta/page-meta.ts';
import { unitPath } from '../site-menu.ts';
import type { Crumb } from '../views/layout.tsx';
import { Pager, pageCount, pagedHref, requestedPage } from '../views/pager.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/** The unit's bidang by id, for links and names on the content pages. */
export async function bidangPublik(db: Queryable, unitId: string): Promise<BidangPublik> {
  return new Map((await listBidang(db, unitId)).map((b) => [b.id, { slug: b.slug, name: b.name }]));
}

type ListBlock = {
  jenis: JenisKonten;
  bidangId?: string;
  kategori?: PublicListFilter['kategori'];
  penulisPersonId?: string;
  /** The list's own address (without page or language), for the pager's links. */
  path: string;
  /** The pager's accessible name. */
  pagerLabel: string;
  bidang: BidangPublik;
  showBidang?: boolean;
};

/**
 * A page of a public list with its pager, or null when `?halaman=` is not a page of it (a 404);
 * `empty` is what an empty first page says. Its photos come in one call for the whole page.
 */
export async function kontenListBlock(db: Queryable, trail: Trail, query: URLSearchParams, spec: ListBlock, empty: PageSpec['content']) {
  const { ctx, unit } = trail;
  const halaman = requestedPage(query);
  if (halaman === null) return null;
  const { items, total } = await listPublicKonten(db, {
    tenantId: ctx.tenant.id,
    unitId: unit.id,
    jenis: spec.jenis,
    bidangId: spec.bidangId,
    kategori: spec.kategori,
    penulisPersonId: spec.penulisPersonId,
    halaman,
  });
  if (items.length === 0) return halaman === 1 ? empty : null;
  const gambar = await gambarPublik(db, items.map(sampulOf));
  return (
    <>
      <KontenList ctx={ctx} items={items} gambar={gambar} bidang={spec.bidang} showBidang={spec.showBidang} />
      <Pager ctx={ctx} label={spec.pagerLabel} page={halaman} pages={pageCount(total, PUBLIC_PAGE_SIZE)} href={(n) => pagedHref(spec.path, {}, n, ctx.lang)} />
    </>
  );
}

type ItemSpec = {
  jenis: JenisKonten;
  slug: string;
  bidang: BidangPublik;
  /** Whether the item belongs at the requested address (its bidang or sub-section segment). */
  belongs?(item: PublicKonten): boolean;
  section: PageSpec['section'];
  /** The crumbs above the item's own. */
  crumbs(item: PublicKonten): Crumb[];
  /** The path segments of the item's own address. */
  segments: string[];
  /** What the kind shows beside its text: a publication's documents, an uploaded video's file. */
  more?(item: PublicKonten): Promise<Pick<KontenPageProps, 'dokumen' | 'videoFile'>>;
};

/** The public page of one live item, or null (a 404) when there is no live item at that address. */
export async function kontenItemPage(db: Queryable, trail: Trail, spec: ItemSpec): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const item = await getPublicKonten(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: spec.jenis, slug: spec.slug });
  if (!item || (spec.belongs && !spec.belongs(item))) return null;
  const gambar = await gambarPublik(db, [item.coverMediaId, ...item.mediaIds, ...(item.atribut.foto ?? [])]);
  return {
    title: item.judul,
    section: spec.section,
    crumbs: [...spec.crumbs(item), trail.crumb(item.judul, ...spec.segments)],
    content: <KontenPage ctx={ctx} item={item} gambar={gambar} bidang={spec.bidang} {...(spec.more ? await spec.more(item) : {})} />,
    meta: itemMeta(trail, item, gambar, spec.segments),
  };
}

/** The pager label of a list of this kind. */
export function pagerLabel(trail: Trail, jenis: JenisKonten): string {
  const { lang } = trail.ctx;
  return t(lang, jenis === 'berita' ? 'konten.publik.halaman_berita' : jenis === 'artikel' ? 'konten.publik.halaman_artikel' : 'konten.publik.halaman_daftar');
}

/** A unit path as a pager base: the section's own address. */
export const listPath = (trail: Trail, ...parts: string[]) => unitPath(trail.ctx, ...parts);
