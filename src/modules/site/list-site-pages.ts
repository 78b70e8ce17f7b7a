import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { editablePage, type SitePageSlug } from './editable-pages.ts';
import { type ProfileSlug, profileSlugs } from './profile-pages.ts';
import { sitePages } from './schema.ts';

export type SitePage<S extends SitePageSlug = ProfileSlug> = { slug: S; title: string; body: string; updatedAt: Date | null };

/**
 * Pages of a unit in the order of `slugs` (the Profil pages unless told); a page nobody has
 * written yet comes with its default title, an empty body and `updatedAt: null`.
 */
export async function listSitePages<S extends SitePageSlug = ProfileSlug>(
  db: Queryable,
  unitId: string,
  slugs: readonly S[] = profileSlugs as unknown as readonly S[],
): Promise<SitePage<S>[]> {
  if (slugs.length === 0) return [];
  const rows = await db
    .select()
    .from(sitePages)
    .where(and(eq(sitePages.unitId, unitId), inArray(sitePages.slug, [...slugs])));
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return slugs.map((slug) => {
    const row = bySlug.get(slug);
    return row
      ? { slug, title: row.title, body: row.body, updatedAt: row.updatedAt }
      : { slug, title: editablePage(slug).defaultTitle.id, body: '', updatedAt: null };
  });
}

/** One page of a unit, written or not. */
export async function getSitePage<S extends SitePageSlug>(db: Queryable, unitId: string, slug: S): Promise<SitePage<S>> {
  const [page] = await listSitePages(db, unitId, [slug]);
  return page!;
}
