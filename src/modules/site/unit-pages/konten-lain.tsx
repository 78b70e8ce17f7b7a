import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { jenisBySegment } from '../../konten/public-path.ts';
import type { JenisKonten } from '../../konten/terms.ts';
import { listMeta } from '../meta/page-meta.ts';
import { sectionLabel } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik, kontenItemPage, kontenListBlock, listPath, pagerLabel } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

// Events belong to the Kalender section; announcements, galleries and videos have no menu section
// of their own yet (the complete website is a later issue), so their pages sit under the home.
const sectionOf = (jenis: JenisKonten): PageSpec['section'] => (jenis === 'agenda' ? 'kalender' : 'beranda');

/** The item page of a pengumuman, agenda, galeri or video at `/{jenis}/{slug}`; null for any other path. */
export async function kontenLainPage(db: Queryable, trail: Trail, segment: string, slug: string | undefined): Promise<PageSpec | null> {
  const jenis = jenisBySegment[segment];
  if (!jenis || slug === undefined) return null;
  const bidang = await bidangPublik(db, trail.unit.id);
  const section = sectionOf(jenis);
  return kontenItemPage(db, trail, {
    jenis,
    slug,
    bidang,
    section,
    segments: [segment, slug],
    crumbs: () => (section === 'kalender' ? trail.inSection('kalender') : trail.home),
  });
}

/** Kalender: the unit's published events, newest first (`?halaman=N`), or an honest empty state. */
export async function kalenderPage(db: Queryable, trail: Trail, query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const bidang = await bidangPublik(db, unit.id);
  const list = await kontenListBlock(
    db,
    trail,
    query,
    { jenis: 'agenda', path: listPath(trail, 'kalender'), pagerLabel: pagerLabel(trail, 'agenda'), bidang, showBidang: false },
    <EmptyState text={t(ctx.lang, 'site.empty.kalender')} />,
  );
  if (list === null) return null;
  return { title: sectionLabel(ctx, 'kalender'), section: 'kalender', crumbs: trail.inSection('kalender'), content: list, meta: listMeta(trail, 'agenda') };
}
