import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listBidang } from '../../org/find-units.ts';
import { EmptyState } from '../views/empty-state.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { sectionPage } from './section-page.tsx';

/** Berita, filed by the unit's bidang. The news module does not exist yet: honest empty states. */
export async function beritaPage(db: Queryable, trail: Trail, sub: string | undefined): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const divisions = await listBidang(db, unit.id);
  return sectionPage(trail, {
    section: 'berita',
    items: divisions.map((b) => trail.crumb(b.name, 'berita', b.slug)),
    sub,
    indexOf: (slug) => divisions.findIndex((b) => b.slug === slug),
    intro: t(ctx.lang, 'site.intro.berita', { unit: unit.name }),
    index: <EmptyState text={t(ctx.lang, 'site.empty.berita')} />,
    page: (_position, here) => <EmptyState text={t(ctx.lang, 'site.empty.berita_bidang', { bidang: here.label })} />,
  });
}
