import type { MessageKey } from '../../i18n/catalogue.ts';
import type { OrgAction } from '../org/policy.ts';
import { type PpidPageSlug, ppidPageSlugs, ppidPages } from '../ppid-portal/ppid-pages.ts';
import { defaultProfileTitles, type ProfileSlug, profileSlugs } from './profile-pages.ts';

/**
 * Every page of a unit site kept in `site_pages`: the Profil pages, edited by the site team, and the
 * PPID's own pages (maklumat, SOP, service hours), edited by the unit's PPID. One table, one API and
 * one admin screen; the permission, public address and checks differ per slug.
 */
export const sitePageSlugs = [...profileSlugs, ...ppidPageSlugs] as const;
export type SitePageSlug = ProfileSlug | PpidPageSlug;

export type EditablePage = {
  action: OrgAction;
  /** Path parts below the unit, as `unitPath` takes them. */
  path: string[];
  defaultTitle: { id: string; en: string };
  hint: MessageKey | null;
  check?(body: string): { line: number; message: MessageKey } | null;
};

/** How one slug is edited and where it is shown. */
export function editablePage(slug: SitePageSlug): EditablePage {
  if (slug in ppidPages) {
    const page = ppidPages[slug as PpidPageSlug];
    return { action: 'informasi.manage', path: ['ppid', page.segment], defaultTitle: page.title, hint: page.hint, check: page.check };
  }
  return { action: 'site.edit', path: ['profil', slug], defaultTitle: defaultProfileTitles[slug as ProfileSlug], hint: null };
}

/** Whether a path segment names a page kept in `site_pages`. */
export function isSitePageSlug(slug: string): slug is SitePageSlug {
  return (sitePageSlugs as readonly string[]).includes(slug);
}
