import { sectionLabel } from '../site-menu.ts';
import { ContactView } from '../views/contact-view.tsx';
import type { PageSpec, Trail } from './page-trail.ts';

export type SingleSection = 'kontak';

/** The sections without sub-pages or lists: Kontak, from the unit's record. */
export function singlePage(trail: Trail, section: SingleSection): PageSpec {
  const { ctx, unit } = trail;
  return { title: sectionLabel(ctx, section), section, crumbs: trail.inSection(section), content: <ContactView ctx={ctx} unit={unit} /> };
}
