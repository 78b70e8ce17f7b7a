import type { PageSpec, Trail } from '../site/unit-pages/page-trail.ts';

/** A page of this module's portal sections, with the crumbs PPID › this page. */
export function portalPage(trail: Trail, segment: string, title: string, content: PageSpec['content']): PageSpec {
  return { title, section: 'ppid', crumbs: [...trail.inSection('ppid'), trail.crumb(title, 'ppid', segment)], content };
}
