import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { dokumenPublik, sendDokumen } from '../../konten/public-dokumen.ts';
import { getPublicKonten } from '../../konten/public-item.ts';
import { jenisBySegment } from '../../konten/public-path.ts';
import type { JenisKonten } from '../../konten/terms.ts';
import { listMeta } from '../meta/page-meta.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik, kontenItemPage, kontenListBlock, listPath, pagerLabel } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/** The kinds with a list of their own at `/{jenis}`: announcements, photo sets and videos. */
type ListedKind = 'pengumuman' | 'galeri' | 'video';
const listed: ReadonlySet<string> = new Set<ListedKind>(['pengumuman', 'galeri', 'video']);

// Events belong to the Kalender section; every other kind here is its own section.
const sectionOf = (jenis: JenisKonten): PageSpec['section'] => (jenis === 'agenda' ? 'kalender' : (jenis as ListedKind));

/**
 * Pengumuman, galeri and video: the list at `/{jenis}` (`?halaman=N`, newest first) and each item at
 * `/{jenis}/{slug}`; an event's page is `/agenda/{slug}` (its list is the Kalender). An uploaded
 * video's file is at `/video/{slug}/berkas`. Null (404) for any other path.
 */
export async function kontenLainPage(db: Queryable, trail: Trail, rest: string[], query: URLSearchParams): Promise<PageSpec | null> {
  const [segment, slug, file, ...more] = rest;
  const jenis = segment ? jenisBySegment[segment] : undefined;
  if (!jenis || more.length > 0) return null;
  if (slug === undefined) return listed.has(jenis) ? listPage(db, trail, jenis as ListedKind, query) : null;
  if (file !== undefined) return jenis === 'video' && file === 'berkas' ? videoFile(db, trail, slug) : null;
  const bidang = await bidangPublik(db, trail.unit.id);
  const section = sectionOf(jenis);
  return kontenItemPage(db, trail, {
    jenis,
    slug,
    bidang,
    section,
    segments: [segment!, slug],
    crumbs: () => trail.inSection(section),
    more: async (item) => {
      const id = item.atribut.videoMediaId;
      if (jenis !== 'video' || !id) return {};
      const [file] = await dokumenPublik(db, [id]);
      return file ? { videoFile: { src: unitPath(trail.ctx, 'video', slug, 'berkas'), type: file.mediaType } } : {};
    },
  });
}

async function listPage(db: Queryable, trail: Trail, jenis: ListedKind, query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const bidang = await bidangPublik(db, unit.id);
  const list = await kontenListBlock(
    db,
    trail,
    query,
    { jenis, path: listPath(trail, jenis), pagerLabel: pagerLabel(trail, jenis), bidang, showBidang: false },
    <EmptyState text={t(ctx.lang, `konten.publik.empty.${jenis}`)} />,
  );
  if (list === null) return null;
  return {
    title: sectionLabel(ctx, jenis),
    section: jenis,
    crumbs: trail.inSection(jenis),
    meta: listMeta(trail, jenis),
    content: (
      <>
        <p class="lead">{t(ctx.lang, `konten.publik.intro.${jenis}`, { unit: unit.name })}</p>
        {list}
      </>
    ),
  };
}

/** The file of a live video uploaded to the media library, played by the page's `<video>`. */
async function videoFile(db: Queryable, trail: Trail, slug: string): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const item = await getPublicKonten(db, { tenantId: ctx.tenant.id, unitId: unit.id, jenis: 'video', slug });
  const id = item?.atribut.videoMediaId;
  if (!item || !id) return null;
  return {
    title: item.judul,
    section: 'video',
    crumbs: trail.inSection('video'),
    content: <></>,
    send: (c) => sendDokumen(c, db, [id], id, 'inline'),
  };
}
