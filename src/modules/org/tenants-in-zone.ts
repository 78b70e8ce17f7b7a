import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { tenants } from './schema.ts';

/** The tenants whose time zone is `timeZone`, for jobs that run at a local hour. */
export async function tenantsInZone(db: Queryable, timeZone: string): Promise<Array<{ id: string; timeZone: string }>> {
  return db.select({ id: tenants.id, timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.timeZone, timeZone));
}
