import { t } from '../../../i18n/catalogue.ts';
import { sectionLabel } from '../site-menu.ts';
import { ContactView } from '../views/contact-view.tsx';
import { EmptyState } from '../views/empty-state.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

export type SingleSection = 'kalender' | 'artikel' | 'kontak';

/**
 * The sections without sub-pages. Calendar and articles come with their own modules; until then
 * each says so plainly.
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
  }
}
