/**
 * The Profil sub-pages of a unit site (seed 000 §2): stable slugs, in menu order, each with the
 * title an unedited page shows. Titles are content, so the Indonesian one is the default.
 */
export const profileSlugs = ['sejarah', 'visi-misi-tupoksi', 'akreditasi', 'struktur-organisasi', 'sdm', 'fasilitas'] as const;

export type ProfileSlug = (typeof profileSlugs)[number];

export const defaultProfileTitles: Record<ProfileSlug, { id: string; en: string }> = {
  sejarah: { id: 'Sejarah', en: 'History' },
  'visi-misi-tupoksi': { id: 'Visi Misi dan Tupoksi', en: 'Vision, Mission and Duties' },
  akreditasi: { id: 'Akreditasi', en: 'Accreditation' },
  'struktur-organisasi': { id: 'Struktur Organisasi', en: 'Organisation Structure' },
  sdm: { id: 'SDM', en: 'Human Resources' },
  fasilitas: { id: 'Fasilitas', en: 'Facilities' },
};

/** Whether a path segment names a profile page. */
export function isProfileSlug(slug: string): slug is ProfileSlug {
  return (profileSlugs as readonly string[]).includes(slug);
}

/** Longest page body an editor may save, in characters. */
export const MAX_BODY_LENGTH = 50_000;
export const MAX_TITLE_LENGTH = 200;
