import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { buildCalendar, type CalendarEntry, type WorkingCalendar } from './calendar.ts';
import type { HolidayType } from './data/types.ts';
import { holidays, holidayYears } from './schema.ts';

/**
 * The working calendar a tenant's deadlines are counted on: every complete national year, the
 * national dates and the tenant's own closures from `fromYear` on (a deadline never looks back).
 */
export async function loadCalendar(db: Queryable, tenantId: string | null, fromYear: number, toYear = fromYear + 2): Promise<WorkingCalendar> {
  const years = await db.select({ year: holidayYears.year }).from(holidayYears);
  const whose = tenantId ? or(isNull(holidays.tenantId), eq(holidays.tenantId, tenantId)) : isNull(holidays.tenantId);
  const rows = await db
    .select({ date: holidays.date, type: holidays.type, name: holidays.name, source: holidays.source })
    .from(holidays)
    .where(and(whose, gte(holidays.date, `${fromYear}-01-01`), lte(holidays.date, `${toYear}-12-31`)));
  // Only the loaded span counts as known, so a count can never run past the rows it was given.
  return buildCalendar(
    years.map((y) => y.year).filter((y) => y >= fromYear && y <= toYear),
    rows.map((r): CalendarEntry => ({ ...r, type: r.type as HolidayType })),
  );
}
