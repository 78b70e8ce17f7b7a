import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { BERITA_TANPA_BIDANG, publicSegmentsOf } from '../../konten/public-path.ts';
import { listMeta } from '../meta/page-meta.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik, kontenItemPage, kontenListBlock, listPath, pagerLabel } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { sectionPage } from './section-page.tsx';

/**
 * Berita, filed by the unit's bidang: every live item newest first at `/berita` (`?halaman=N`),
 * one bidang's at `/berita/{bidang}`, an item at `/berita/{bidang}/{slug}`. Anything that is not
 * live — a draft, an item waiting or scheduled, an unpublished one — is a 404.
 */
export async function beritaPage(db: Queryable, trail: Trail, rest: string[], query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const [sub, slug, ...more] = rest;
  if (more.length > 0) return null;
  const bidang = await bidangPublik(db, unit.id);
  const divisions = [...bidang].map(([id, b]) => ({ id, ...b }));
  if (sub !== undefined && slug !== undefined) {
    const slugs = new Map(divisions.map((b) => [b.id, b.slug]));
    return kontenItemPage(db, trail, {
      jenis: 'berita',
      slug,
      bidang,
      section: 'berita',
      segments: ['berita', sub, slug],
      belongs: (item) => publicSegmentsOf(item, slugs)[1] === sub,
      crumbs: (item) => {
        const division = item.bidangId ? bidang.get(item.bidangId) : undefined;
        return [...trail.inSection('berita'), ...(division && sub !== BERITA_TANPA_BIDANG ? [trail.crumb(division.name, 'berita', division.slug)] : [])];
      },
    });
  }
  const division = sub === undefined ? undefined : divisions.find((b) => b.slug === sub);
  if (sub !== undefined && !division) return null;
  const list = await kontenListBlock(
    db,
    trail,
    query,
    {
      jenis: 'berita',
      bidangId: division?.id,
      path: division ? listPath(trail, 'berita', division.slug) : listPath(trail, 'berita'),
      pagerLabel: pagerLabel(trail, 'berita'),
      bidang,
      showBidang: !division,
    },
    <EmptyState text={division ? t(ctx.lang, 'site.empty.berita_bidang', { bidang: division.name }) : t(ctx.lang, 'site.empty.berita')} />,
  );
  if (list === null) return null;
  return sectionPage(trail, {
    section: 'berita',
    items: divisions.map((b) => trail.crumb(b.name, 'berita', b.slug)),
    sub,
    indexOf: (s) => divisions.findIndex((b) => b.slug === s),
    intro: t(ctx.lang, 'site.intro.berita', { unit: unit.name }),
    index: list,
    page: () => list,
    meta: listMeta(trail, 'berita', division),
  });
}
