import { type MessageKey, t } from '../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from './resolve-site.ts';

/**
 * The unit site menu of seed 000, in order (Alumni is its §4), with the kinds of content a unit
 * publishes beside news (pengumuman, galeri, video); PPID is added as the public-information portal.
 */
export const sections = [
  'beranda',
  'profil',
  'berita',
  'publikasi',
  'kalender',
  'artikel',
  'pengumuman',
  'galeri',
  'video',
  'alumni',
  'kontak',
  'ppid',
] as const;
/** Sections with a page but no menu item: E-Learning is an outside link, shown where the unit set one. */
export type Section = (typeof sections)[number] | 'elearning';

// The sections added with the complete website keep their words beside the content pages' own.
const kontenSections: ReadonlySet<Section> = new Set(['pengumuman', 'galeri', 'video', 'elearning']);

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
  if (kontenSections.has(section)) return t(ctx.lang, `konten.publik.menu.${section as 'pengumuman' | 'galeri' | 'video' | 'elearning'}` satisfies MessageKey);
  return t(ctx.lang, `site.menu.${section as Exclude<Section, 'pengumuman' | 'galeri' | 'video' | 'elearning'>}` satisfies MessageKey);
}

export function publicationLabel(ctx: SiteContext, kind: PublicationKind): string {
  return t(ctx.lang, `site.pub.${kind}` satisfies MessageKey);
}
