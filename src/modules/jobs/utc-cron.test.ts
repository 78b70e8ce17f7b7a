import cronParser from 'cron-parser';
import { describe, expect, it } from 'vitest';
import { timeZones } from '../org/roles.ts';
import { REMINDER_TIME, reminderCron } from '../pemberitahuan/reminder-job.ts';
import { IDENTITY_PURGE_CRON } from '../permohonan/identity-purge.ts';
import { utcCron } from './utc-cron.ts';

/** Every instant a cron fires between two dates, as pg-boss's cron-parser sees it. */
function firings(cron: string, tz: string, from: string, to: string): string[] {
  const it = cronParser.parseExpression(cron, { tz, currentDate: new Date(from), endDate: new Date(to) });
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().toISOString());
  return out;
}

describe('utcCron', () => {
  it('fires the reminder at exactly the instants of 07:00 local on weekdays, in every zone', () => {
    // Six weeks across a year's end; the zoned cron is what was stored before.
    for (const zone of timeZones) {
      const zoned = firings('0 7 * * 1-5', zone, '2026-11-28T00:00:00Z', '2027-01-10T00:00:00Z');
      const utc = firings(reminderCron(zone), 'UTC', '2026-11-28T00:00:00Z', '2027-01-10T00:00:00Z');
      expect(zoned.length).toBe(30);
      expect(utc).toEqual(zoned);
    }
  });

  it('moves the weekdays back a day when the UTC time falls on the previous day', () => {
    expect(reminderCron('Asia/Jakarta')).toBe('0 0 * * 1-5');
    expect(reminderCron('Asia/Makassar')).toBe('0 23 * * 0-4');
    expect(reminderCron('Asia/Jayapura')).toBe('0 22 * * 0-4');
    // Sunday's early morning is Saturday evening in UTC (the week wraps), Wednesday's is Tuesday's.
    expect(utcCron({ hour: 6, minute: 30, weekdays: [0, 3] }, 'Asia/Jayapura')).toBe('30 21 * * 2,6');
    // Late enough that the day stays the same.
    expect(utcCron({ hour: 10, minute: 15, weekdays: [1, 2, 3, 4, 5] }, 'Asia/Jakarta')).toBe('15 3 * * 1-5');
    expect(REMINDER_TIME).toEqual({ hour: 7, minute: 0, weekdays: [1, 2, 3, 4, 5] });
  });

  it('keeps the daily purge at 02:30 WIB', () => {
    expect(IDENTITY_PURGE_CRON).toBe('30 19 * * *');
    expect(firings(IDENTITY_PURGE_CRON, 'UTC', '2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z')).toEqual(
      firings('30 2 * * *', 'Asia/Jakarta', '2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z'),
    );
  });

  it('refuses what is not a time of day or a weekday', () => {
    expect(() => utcCron({ hour: 24, minute: 0 }, 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => utcCron({ hour: 7, minute: 60 }, 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => utcCron({ hour: 7, minute: 0, weekdays: [7] }, 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => utcCron({ hour: 7, minute: 0, weekdays: [] }, 'Asia/Jakarta')).toThrow(RangeError);
  });
});
