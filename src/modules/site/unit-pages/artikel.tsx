import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listMeta } from '../meta/page-meta.ts';
import { sectionLabel } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { bidangPublik, kontenItemPage, kontenListBlock, listPath, pagerLabel } from './konten-pages.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/** Artikel by the unit's ASN (seed 000 §7): the list at `/artikel` (`?halaman=N`), each at `/artikel/{slug}` with its byline. */
export async function artikelPage(db: Queryable, trail: Trail, slug: string | undefined, query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const bidang = await bidangPublik(db, unit.id);
  if (slug !== undefined) {
    return kontenItemPage(db, trail, {
      jenis: 'artikel',
      slug,
      bidang,
      section: 'artikel',
      segments: ['artikel', slug],
      crumbs: () => trail.inSection('artikel'),
    });
  }
  const list = await kontenListBlock(
    db,
    trail,
    query,
    { jenis: 'artikel', path: listPath(trail, 'artikel'), pagerLabel: pagerLabel(trail, 'artikel'), bidang, showBidang: false },
    <EmptyState text={t(ctx.lang, 'site.empty.artikel')} />,
  );
  if (list === null) return null;
  return {
    title: sectionLabel(ctx, 'artikel'),
    section: 'artikel',
    crumbs: trail.inSection('artikel'),
    meta: listMeta(trail, 'artikel'),
    content: (
      <>
        <p class="lead">{t(ctx.lang, 'konten.publik.artikel_intro', { unit: unit.name })}</p>
        {list}
      </>
    ),
  };
}
