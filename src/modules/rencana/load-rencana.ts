import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { rencanaItem } from './schema.ts';

export type RencanaRow = typeof rencanaItem.$inferSelect;

/** A plan item of the tenant (locked for update when asked), or 404 (400 on `field` when it came from a body). */
export async function rencanaInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean; field?: string } = {}): Promise<RencanaRow> {
  const query = db
    .select()
    .from(rencanaItem)
    .where(and(eq(rencanaItem.id, id), eq(rencanaItem.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (row) return row;
  if (opts.field) throw new AppError('invalid', 'error.not_found', opts.field);
  throw new AppError('not_found', 'error.not_found');
}
