import type { JSX } from 'hono/jsx/jsx-runtime';
import { t } from '../../../i18n/catalogue.ts';
import { type Section, sectionLabel } from '../site-menu.ts';
import type { Crumb } from '../views/layout.tsx';
import { SectionNav } from '../views/link-list.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

export type SectionPage = {
  section: Section;
  /** The section's sub-pages in menu order. */
  items: Crumb[];
  /** The sub-page slug from the path, if any; its position in `items` comes from `indexOf`. */
  sub: string | undefined;
  indexOf(sub: string): number;
  /** The index page's lead paragraph, above the sub-menu. */
  intro: string;
  /** What the index page shows below its sub-menu, if anything. */
  index?: JSX.Element;
  /** A sub-page below its sub-menu. */
  page(position: number, here: Crumb): JSX.Element | Promise<JSX.Element>;
  /** The head's description, structured data and feeds, on the index and every sub-page. */
  meta?: PageSpec['meta'];
};

/**
 * A section with a sub-menu (Profil, Berita by bidang, Publikasi): its index at `/{section}` and
 * each sub-page at `/{section}/{slug}`, the sub-menu on both with the current page marked.
 * Null (404) for a slug the section does not have.
 */
export async function sectionPage(trail: Trail, spec: SectionPage): Promise<PageSpec | null> {
  const { ctx } = trail;
  const label = sectionLabel(ctx, spec.section);
  const nav = (current?: string) => <SectionNav label={t(ctx.lang, 'site.nav_section', { section: label })} items={spec.items} current={current} />;
  const crumbs = trail.inSection(spec.section);
  if (spec.sub === undefined) {
    return {
      title: label,
      section: spec.section,
      crumbs,
      meta: spec.meta,
      content: (
        <>
          <p class="lead">{spec.intro}</p>
          {nav()}
          {spec.index}
        </>
      ),
    };
  }
  const position = spec.indexOf(spec.sub);
  const here = spec.items[position];
  if (!here) return null;
  const body = await spec.page(position, here);
  return {
    title: here.label,
    section: spec.section,
    crumbs: [...crumbs, here],
    meta: spec.meta,
    content: (
      <>
        {nav(here.href)}
        {body}
      </>
    ),
  };
}
