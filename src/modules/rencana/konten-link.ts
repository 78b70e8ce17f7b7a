import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { type KontenTautan, kontenOfIds } from '../konten/linked-konten.ts';
import { isForeignKeyViolation } from '../org/db-errors.ts';

/**
 * For `.catch()` on a write that links content items: the foreign key still guards an item removed
 * between the check below and the write, so its violation is the caller's input.
 */
export function unknownContent(field: string) {
  return (err: unknown): never => {
    if (isForeignKeyViolation(err)) throw new AppError('invalid', 'rencana.konten_missing', field);
    throw err;
  };
}

/**
 * Refuses (400 on `field`) a content item that is not the tenant's, or is another unit's: a plan
 * or an assignment of one unit is carried out by that unit's own items.
 */
export async function assertContentOfUnit(db: Queryable, tenantId: string, unitId: string, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await kontenOfIds(db, tenantId, unique);
  if (found.length !== unique.length) throw new AppError('invalid', 'rencana.konten_missing', field);
  if (found.some((k) => k.unitId !== unitId)) throw new AppError('invalid', 'rencana.konten_other_unit', field);
}

/** The linked content items, for showing; none when there are no ids. */
export function linkedContent(db: Queryable, tenantId: string, ids: readonly string[]): Promise<KontenTautan[]> {
  return kontenOfIds(db, tenantId, ids);
}
