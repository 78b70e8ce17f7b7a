import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { tenants } from './schema.ts';

export type Tenant = typeof tenants.$inferSelect;

/** One tenant by id, or not_found. */
export async function getTenant(db: Queryable, tenantId: string): Promise<Tenant> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  if (!tenant) throw new AppError('not_found', 'error.not_found');
  return tenant;
}
