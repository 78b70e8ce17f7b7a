import type { Queryable } from '../../db/types.ts';
import { getTenant } from '../org/get-tenant.ts';
import { todayIn } from './informasi-dates.ts';

/** Today's date in the tenant's time zone (WIB/WITA/WIT), which decides when a deadline has passed. */
export async function tenantToday(db: Queryable, tenantId: string, now: Date = new Date()): Promise<string> {
  return todayIn((await getTenant(db, tenantId)).timeZone, now);
}
