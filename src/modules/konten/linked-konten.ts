import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { konten } from './schema.ts';

/** A content item as another module shows a link to it: title, kind, stage, whether it is on the site. */
export type KontenTautan = { id: string; unitId: string; jenis: string; judul: string; status: string; isLive: boolean };

/**
 * The tenant's content items with these ids (others are left out), in the order asked. Read by the
 * plan and assignment modules to check and show the items they link; this module owns the table.
 */
export async function kontenOfIds(db: Queryable, tenantId: string, ids: readonly string[]): Promise<KontenTautan[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: konten.id, unitId: konten.unitId, jenis: konten.jenis, judul: konten.judul, status: konten.status, liveRevisionId: konten.liveRevisionId })
    .from(konten)
    .where(and(eq(konten.tenantId, tenantId), inArray(konten.id, [...new Set(ids)])));
  const byId = new Map(rows.map(({ liveRevisionId, ...r }) => [r.id, { ...r, isLive: liveRevisionId !== null }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
