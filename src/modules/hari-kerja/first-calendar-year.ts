import { min } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { shippedCalendars } from './data/index.ts';
import { localDateOf, yearOf } from './local-date.ts';
import { holidayYears } from './schema.ts';

/** The first year of the working-day calendar: the earliest complete year, else the first one shipped. */
export async function firstCalendarYear(db: Queryable): Promise<number> {
  const [row] = await db.select({ first: min(holidayYears.year) }).from(holidayYears);
  return row?.first ?? Math.min(...shippedCalendars.map((c) => c.year));
}

/**
 * Refuses a receipt before the calendar's first year (a 400 on `field` with `messageKey`, which
 * takes `{year}`): no deadline can be counted for it, and a date like 1900-01-01 is a typing slip,
 * not a letter that arrived then.
 */
export async function assertReceivedWithinCalendar(
  db: Queryable,
  receivedAt: Date,
  timeZone: string,
  messageKey: MessageKey,
  field = 'receivedAt',
): Promise<void> {
  const first = await firstCalendarYear(db);
  if (yearOf(localDateOf(receivedAt, timeZone)) < first) throw new AppError('invalid', messageKey, field, { year: first });
}
