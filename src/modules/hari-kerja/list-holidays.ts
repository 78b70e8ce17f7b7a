import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { holidays } from './schema.ts';

export type Holiday = typeof holidays.$inferSelect;

/** A year's national dates and the tenant's own closures, in date order. */
export async function listHolidays(db: Queryable, tenantId: string, year: number): Promise<Holiday[]> {
  return db
    .select()
    .from(holidays)
    .where(and(or(isNull(holidays.tenantId), eq(holidays.tenantId, tenantId)), gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date), asc(holidays.type));
}
