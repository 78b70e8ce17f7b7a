import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import { listSitePages } from '../list-site-pages.ts';
import { pageTitleIn } from '../page-title.ts';
import { defaultProfileTitles } from '../profile-pages.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/** A unit's home: latest news (none until the news module exists) and its profile pages. */
export async function unitHomePage(db: Queryable, trail: Trail): Promise<PageSpec> {
  const { ctx, unit } = trail;
  const pages = await listSitePages(db, unit.id);
  const content = (
    <>
      <h2>{t(ctx.lang, 'site.home.latest')}</h2>
      <EmptyState text={t(ctx.lang, 'site.empty.berita')} />
      <h2>{sectionLabel(ctx, 'profil')}</h2>
      <ul class="links">
        {pages.map((p) => (
          <li key={p.slug}>
            <a href={siteHref(ctx, unitPath(ctx, 'profil', p.slug))}>{pageTitleIn(p, defaultProfileTitles[p.slug], ctx.lang)}</a>
          </li>
        ))}
      </ul>
    </>
  );
  return { title: unit.name, section: 'beranda', crumbs: trail.home, content };
}
