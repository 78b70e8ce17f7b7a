import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { type InformasiRow, informasi } from './schema.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An item on a unit's current public lists, by an id taken from a public URL; null for anything else. */
export async function findListedInformasi(db: Queryable, unitId: string, id: string): Promise<InformasiRow | null> {
  // A malformed id from a URL is simply not an item; it must not reach the uuid column as an error.
  if (!uuid.test(id)) return null;
  const [row] = await db
    .select()
    .from(informasi)
    .where(and(eq(informasi.id, id), eq(informasi.unitId, unitId), isNull(informasi.diarsipkanAt)));
  return row ?? null;
}
