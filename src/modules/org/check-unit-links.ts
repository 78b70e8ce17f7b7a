import { and, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { units } from './schema.ts';

/**
 * Refuses a parent outside the tenant or one that would close a loop: walking up from the new
 * parent must never reach the unit itself.
 */
export async function checkParent(db: Queryable, tenantId: string, unitId: string | null, parentId: string): Promise<void> {
  const seen = new Set<string>();
  for (let current: string | null = parentId; current; ) {
    if (current === unitId || seen.has(current)) throw new AppError('invalid', 'org.parent_cycle', 'parentId');
    seen.add(current);
    const [row] = await db
      .select({ parentId: units.parentId })
      .from(units)
      .where(and(eq(units.id, current), eq(units.tenantId, tenantId)));
    if (!row) throw new AppError('invalid', current === parentId ? 'org.parent_invalid' : 'org.parent_cycle', 'parentId');
    current = row.parentId;
  }
}

/** Refuses a slug taken in the tenant or a host taken anywhere, naming the field. */
export async function checkUnitUnique(db: Queryable, tenantId: string, unitId: string | null, change: { slug?: string; host?: string | null }): Promise<void> {
  const others = unitId ? ne(units.id, unitId) : undefined;
  if (change.slug !== undefined) {
    const [taken] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.tenantId, tenantId), eq(units.slug, change.slug), others));
    if (taken) throw new AppError('conflict', 'org.slug_taken', 'slug');
  }
  if (change.host) {
    const [taken] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.host, change.host), others));
    if (taken) throw new AppError('conflict', 'org.host_taken', 'host');
  }
}
