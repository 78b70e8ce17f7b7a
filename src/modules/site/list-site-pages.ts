import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { defaultProfileTitles, type ProfileSlug, profileSlugs } from './profile-pages.ts';
import { sitePages } from './schema.ts';

export type SitePage = { slug: ProfileSlug; title: string; body: string; updatedAt: Date | null };

/**
 * Every profile page of a unit in menu order; a page nobody has written yet comes with its
 * default title, an empty body and `updatedAt: null`.
 */
export async function listSitePages(db: Queryable, unitId: string): Promise<SitePage[]> {
  const rows = await db.select().from(sitePages).where(eq(sitePages.unitId, unitId));
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return profileSlugs.map((slug) => {
    const row = bySlug.get(slug);
    return row
      ? { slug, title: row.title, body: row.body, updatedAt: row.updatedAt }
      : { slug, title: defaultProfileTitles[slug].id, body: '', updatedAt: null };
  });
}
