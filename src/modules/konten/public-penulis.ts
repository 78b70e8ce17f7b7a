import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people } from '../org/schema.ts';
import { countLiveByAuthor } from './live-index.ts';

/** An author of live articles, as the site names and addresses them. */
export type PenulisPublik = { personId: string; name: string; slug: string; jumlah: number };

/** The address segment of an author: their name, lower case, words joined by hyphens ("Maria Goreti Lein" → "maria-goreti-lein"). */
export function penulisSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'penulis'
  );
}

/**
 * The bylines of a unit's live articles with how many each wrote, by name: the per-author counts
 * kept at each publication, so the list does not read the articles themselves. Two authors whose
 * names make the same address get the later one's id appended, so every author keeps a page of
 * their own.
 */
export async function listPenulisPublik(db: Queryable, f: { tenantId: string; unitId: string }): Promise<PenulisPublik[]> {
  const counts = await countLiveByAuthor(db, f.unitId);
  if (counts.size === 0) return [];
  const rows = await db
    .select({ personId: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.tenantId, f.tenantId), inArray(people.id, [...counts.keys()])))
    .orderBy(asc(people.name), asc(people.id));
  const taken = new Set<string>();
  return rows.map((r) => {
    let slug = penulisSlug(r.name);
    if (taken.has(slug)) slug = `${slug}-${r.personId.slice(0, 8)}`;
    taken.add(slug);
    return { personId: r.personId, name: r.name, slug, jumlah: counts.get(r.personId) ?? 0 };
  });
}
