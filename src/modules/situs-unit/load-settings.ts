import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { situsPengaturan } from './schema.ts';

export type SettingsRow = typeof situsPengaturan.$inferSelect;

/** Which site: a unit's, or (unitId null) the pemda's root site. */
export type SiteKey = { tenantId: string; unitId: string | null };

/** The stored settings of one site, or null when none were saved yet. */
export async function loadSettingsRow(db: Queryable, key: SiteKey): Promise<SettingsRow | null> {
  const [row] = await db
    .select()
    .from(situsPengaturan)
    .where(and(eq(situsPengaturan.tenantId, key.tenantId), key.unitId ? eq(situsPengaturan.unitId, key.unitId) : isNull(situsPengaturan.unitId)));
  return row ?? null;
}

/** One settings row by id (the per-site stylesheet is addressed by it). */
export async function loadSettingsById(db: Queryable, id: string): Promise<SettingsRow | null> {
  const [row] = await db.select().from(situsPengaturan).where(eq(situsPengaturan.id, id));
  return row ?? null;
}
