import type { Db } from '../../db/types.ts';
import type { Logger } from '../../lib/log.ts';
import { notifyCalendarChanged } from './calendar-changed.ts';
import { shippedCalendars } from './data/index.ts';
import type { YearCalendar } from './data/types.ts';
import { holidays, holidayYears } from './schema.ts';

/**
 * Writes the shipped national calendars into the database; safe on every start because rows are
 * unique by (date, type, source) and years by number. Returns how many rows were new and which
 * years became complete, so the caller can recount the deadlines that waited on them.
 */
export async function seedHolidays(db: Db, calendars: readonly YearCalendar[] = shippedCalendars): Promise<{ holidays: number; years: number[] }> {
  return db.transaction(async (tx) => {
    let added = 0;
    const years: number[] = [];
    for (const cal of calendars) {
      const rows = cal.holidays.map((h) => ({ tenantId: null, date: h.date, type: h.type, name: h.name, source: h.source }));
      const inserted = await tx.insert(holidays).values(rows).onConflictDoNothing().returning({ id: holidays.id });
      added += inserted.length;
      const year = await tx.insert(holidayYears).values({ year: cal.year, source: cal.source }).onConflictDoNothing().returning({ year: holidayYears.year });
      if (year.length > 0) years.push(cal.year);
    }
    return { holidays: added, years };
  });
}

/**
 * Brings the shipped calendars in at start-up. When a release ships a new year's SKB, deadlines
 * that could not be counted before become countable, so the recount listeners are told; call this
 * after they are registered.
 */
export async function seedShippedCalendars(services: { db: Db; log: Logger }): Promise<number[]> {
  const seeded = await seedHolidays(services.db);
  if (seeded.years.length === 0) return [];
  const errors = await notifyCalendarChanged({ tenantId: null, dates: [], action: 'year_completed' });
  for (const err of errors) services.log.error('calendar recount failed', { error: err instanceof Error ? err.name : 'unknown', years: seeded.years });
  return seeded.years;
}
