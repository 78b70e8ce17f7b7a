import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { sosialKiriman } from '../schema.ts';
import type { KirimanRow } from './kiriman-lease.ts';

/** A kiriman of the tenant, or 404; `lock` holds it for the caller's transaction. */
export async function kirimanInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<KirimanRow> {
  const query = db
    .select()
    .from(sosialKiriman)
    .where(and(eq(sosialKiriman.id, id), eq(sosialKiriman.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'sosial.terbit.not_found');
  return row;
}
