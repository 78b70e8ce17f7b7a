import { t } from '../../../i18n/catalogue.ts';
import { siteHref } from '../resolve-site.ts';
import { sectionLabel, unitPath } from '../site-menu.ts';
import { ContactView } from '../views/contact-view.tsx';
import { EmptyState } from '../views/empty-state.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

export type SingleSection = 'kalender' | 'artikel' | 'kontak' | 'ppid';

/**
 * The sections without sub-pages. Calendar, articles and the PPID portal come with their own
 * modules; until then each says so plainly, and PPID points to the unit's contact details.
 */
export function singlePage(trail: Trail, section: SingleSection): PageSpec {
  const { ctx, unit } = trail;
  const page = (content: PageSpec['content']): PageSpec => ({ title: sectionLabel(ctx, section), section, crumbs: trail.inSection(section), content });
  switch (section) {
    case 'kalender':
    case 'artikel':
      return page(<EmptyState text={t(ctx.lang, `site.empty.${section}`)} />);
    case 'kontak':
      return page(<ContactView ctx={ctx} unit={unit} />);
    case 'ppid':
      return page(
        <>
          <EmptyState text={t(ctx.lang, 'site.empty.ppid')} />
          <p>
            <a href={siteHref(ctx, unitPath(ctx, 'kontak'))}>{sectionLabel(ctx, 'kontak')}</a>
          </p>
        </>,
      );
  }
}
