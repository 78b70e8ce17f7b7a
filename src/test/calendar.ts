import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { holidays, holidayYears } from '../modules/hari-kerja/schema.ts';

/**
 * Removes a shipped national year from a test database, so a test can play an installation from
 * before that year's SKB came out (deadlines that run into it are not yet countable).
 */
export async function forgetNationalYear(db: Db, year: number): Promise<void> {
  await db.delete(holidays).where(and(isNull(holidays.tenantId), gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)));
  await db.delete(holidayYears).where(eq(holidayYears.year, year));
}
