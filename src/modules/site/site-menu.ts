import { type MessageKey, t } from '../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from './resolve-site.ts';

/** The unit site menu of seed 000, in order; PPID is added as the public-information portal. */
export const sections = ['beranda', 'profil', 'berita', 'publikasi', 'kalender', 'artikel', 'kontak', 'ppid'] as const;
export type Section = (typeof sections)[number];

/** Publikasi sub-pages (seed 000 §5). */
export const publicationKinds = ['materi', 'peraturan', 'proyek-perubahan'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

export type MenuItem = { label: string; href: string; section: Section };

/** The path of a unit page: `unitPath(ctx, 'profil', 'sejarah')` → `/dinas-a/profil/sejarah`. */
export function unitPath(ctx: SiteContext, ...parts: string[]): string {
  if (parts.length === 0 || parts[0] === 'beranda') return ctx.base || '/';
  return `${ctx.base}/${parts.map(encodeURIComponent).join('/')}`;
}

/** The main menu of a unit site in the page's chrome language. */
export function unitMenu(ctx: SiteContext): MenuItem[] {
  return sections.map((section) => ({ section, label: sectionLabel(ctx, section), href: siteHref(ctx, unitPath(ctx, section)) }));
}

export function sectionLabel(ctx: SiteContext, section: Section): string {
  return t(ctx.lang, `site.menu.${section}` satisfies MessageKey);
}

export function publicationLabel(ctx: SiteContext, kind: PublicationKind): string {
  return t(ctx.lang, `site.pub.${kind}` satisfies MessageKey);
}
