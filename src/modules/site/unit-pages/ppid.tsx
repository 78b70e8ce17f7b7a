import type { Queryable } from '../../../db/types.ts';
import { t } from '../../../i18n/catalogue.ts';
import type { PortalSection } from '../portal.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { EmptyState } from '../views/empty-state.tsx';
import { SectionNav } from '../views/link-list.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

/**
 * The PPID portal of a unit: its index lists the portal sections other modules provide; a
 * section's pages are theirs. With no section yet, the index says so and points to Kontak.
 */
export async function ppidPage(db: Queryable, trail: Trail, portal: PortalSection[], rest: string[], query: URLSearchParams): Promise<PageSpec | null> {
  const { ctx } = trail;
  const [segment, ...below] = rest;
  if (segment !== undefined) {
    const section = portal.find((s) => s.segment === segment);
    return section ? section.page(db, trail, below, query) : null;
  }
  const title = sectionLabel(ctx, 'ppid');
  const content =
    portal.length === 0 ? (
      <>
        <EmptyState text={t(ctx.lang, 'site.empty.ppid')} />
        <p>
          <a href={siteHref(ctx, unitPath(ctx, 'kontak'))}>{sectionLabel(ctx, 'kontak')}</a>
        </p>
      </>
    ) : (
      <SectionNav label={title} items={portal.map((s) => ({ label: s.label[ctx.lang], href: siteHref(ctx, unitPath(ctx, 'ppid', s.segment)) }))} />
    );
  return { title, section: 'ppid', crumbs: trail.inSection('ppid'), content };
}
