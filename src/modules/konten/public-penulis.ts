import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people } from '../org/schema.ts';
import { konten, kontenRevisi } from './schema.ts';

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
 * The bylines of a unit's live articles with how many each wrote, by name. Two authors whose names
 * make the same address get the later one's id appended, so every author keeps a page of their own.
 */
export async function listPenulisPublik(db: Queryable, f: { tenantId: string; unitId: string }): Promise<PenulisPublik[]> {
  const rows = await db
    .select({ personId: people.id, name: people.name, publishedAt: konten.publishedAt })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .innerJoin(people, eq(people.id, kontenRevisi.penulisPersonId))
    .where(and(eq(konten.tenantId, f.tenantId), eq(konten.unitId, f.unitId), eq(konten.jenis, 'artikel'), isNotNull(konten.liveRevisionId)))
    .orderBy(asc(people.name), asc(people.id));
  const byPerson = new Map<string, PenulisPublik>();
  const taken = new Set<string>();
  for (const r of rows) {
    const known = byPerson.get(r.personId);
    if (known) {
      known.jumlah++;
      continue;
    }
    let slug = penulisSlug(r.name);
    if (taken.has(slug)) slug = `${slug}-${r.personId.slice(0, 8)}`;
    taken.add(slug);
    byPerson.set(r.personId, { personId: r.personId, name: r.name, slug, jumlah: 1 });
  }
  return [...byPerson.values()];
}
