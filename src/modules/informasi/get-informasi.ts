import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { type InformasiRow, informasi } from './schema.ts';

/** One item of the tenant, archived or not; another tenant's id answers 404 so ids cannot be probed. */
export async function getInformasi(db: Queryable, tenantId: string, id: string): Promise<InformasiRow> {
  const [row] = await db
    .select()
    .from(informasi)
    .where(and(eq(informasi.id, id), eq(informasi.tenantId, tenantId)));
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}
