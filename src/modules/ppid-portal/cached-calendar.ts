import type { Queryable } from '../../db/types.ts';
import { perDatabase, TtlCache } from '../../lib/ttl-cache.ts';
import type { WorkingCalendar } from '../hari-kerja/calendar.ts';
import { onCalendarChanged } from '../hari-kerja/calendar-changed.ts';
import { loadCalendar } from '../hari-kerja/load-calendar.ts';
import { onSiteChanged } from '../site/site-changed.ts';

// The public register counts service days on the working-day calendar for every page view; the
// calendar changes a few times a year. A change made in this process clears it at once; another
// process's change (several servers on one PostgreSQL) shows within the lifetime.
const CALENDAR_TTL_MS = 60_000;
const calendars = perDatabase(() => new TtlCache<WorkingCalendar>(CALENDAR_TTL_MS, 64));
onCalendarChanged(() => calendars.clearAll());
// Another process's calendar change, heard through the page cache's feed of committed changes.
onSiteChanged((change) => {
  if (change.reason === 'kalender') calendars.clearAll();
});

/** loadCalendar, kept for a minute per tenant and span of years. */
export function cachedCalendar(db: Queryable, tenantId: string, fromYear: number, toYear: number): Promise<WorkingCalendar> {
  return calendars.of(db).get(`${tenantId}|${fromYear}|${toYear}`, () => loadCalendar(db, tenantId, fromYear, toYear));
}
