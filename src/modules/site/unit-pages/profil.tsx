import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listSitePages } from '../list-site-pages.ts';
import { pageTitleIn } from '../page-title.ts';
import { defaultProfileTitles } from '../profile-pages.ts';
import { ProfilePageBody } from '../views/profile-views.tsx';
import type { PageSpec, Trail } from './page-trail.ts';
import { sectionPage } from './section-page.tsx';

/** Profil and its sub-pages, written by editors in the admin (site_pages). */
export async function profilPage(db: Queryable, trail: Trail, sub: string | undefined): Promise<PageSpec | null> {
  const { ctx, unit } = trail;
  const pages = await listSitePages(db, unit.id);
  // An unwritten page has no title of its own yet, so it takes the chrome's language.
  const items = pages.map((p) => trail.crumb(pageTitleIn(p, defaultProfileTitles[p.slug], ctx.lang), 'profil', p.slug));
  return sectionPage(trail, {
    section: 'profil',
    items,
    sub,
    indexOf: (slug) => pages.findIndex((p) => p.slug === slug),
    intro: t(ctx.lang, 'site.intro.profil', { unit: unit.name }),
    page: (position) => <ProfilePageBody ctx={ctx} page={pages[position]!} />,
  });
}
