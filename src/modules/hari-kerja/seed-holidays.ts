import type { Db } from '../../db/types.ts';
import { shippedCalendars } from './data/index.ts';
import type { YearCalendar } from './data/types.ts';
import { holidays, holidayYears } from './schema.ts';

/**
 * Writes the shipped national calendars into the database; safe on every start because rows are
 * unique by (date, type, source) and years by number. Returns how many rows were new.
 */
export async function seedHolidays(db: Db, calendars: readonly YearCalendar[] = shippedCalendars): Promise<{ holidays: number; years: number }> {
  return db.transaction(async (tx) => {
    let added = 0;
    let years = 0;
    for (const cal of calendars) {
      const rows = cal.holidays.map((h) => ({ tenantId: null, date: h.date, type: h.type, name: h.name, source: h.source }));
      const inserted = await tx.insert(holidays).values(rows).onConflictDoNothing().returning({ id: holidays.id });
      added += inserted.length;
      const year = await tx.insert(holidayYears).values({ year: cal.year, source: cal.source }).onConflictDoNothing().returning({ year: holidayYears.year });
      years += year.length;
    }
    return { holidays: added, years };
  });
}
