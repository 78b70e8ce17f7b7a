import type { TimeZone } from '../org/roles.ts';

/**
 * Hours ahead of UTC of each Indonesian zone. Indonesia keeps no daylight saving, so the offset
 * is fixed and a local time of day is always the same UTC time of day.
 */
export const utcOffsetHours: Record<TimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** A time of day in a zone, on the given weekdays (0 = Sunday … 6 = Saturday) or on every day. */
export type LocalTime = { hour: number; minute: number; weekdays?: readonly number[] };

/**
 * The UTC cron expression for a local time of day in an Indonesian zone, e.g. 07:00 WITA on
 * Monday–Friday is `0 23 * * 0-4` (23:00 UTC of the day before). pg-boss checks every schedule
 * with cron-parser every 30 s, and a time-zoned expression costs it about three times the CPU of a
 * UTC one (bench/cron-check.ts), so the schedules are stored in UTC.
 */
export function utcCron(local: LocalTime, zone: TimeZone): string {
  const { hour, minute, weekdays } = local;
  if (!(Number.isInteger(hour) && hour >= 0 && hour < 24 && Number.isInteger(minute) && minute >= 0 && minute < 60)) {
    throw new RangeError(`not a time of day: ${hour}:${minute}`);
  }
  const utcMinutes = hour * 60 + minute - utcOffsetHours[zone] * 60;
  // -1 when the UTC time falls on the previous day (07:00 WIT is 22:00 UTC the day before).
  const dayShift = Math.floor(utcMinutes / 1440);
  const ofDay = utcMinutes - dayShift * 1440;
  if (weekdays !== undefined && (weekdays.length === 0 || weekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6))) {
    throw new RangeError(`not weekdays: ${weekdays.join()}`);
  }
  const days = weekdays === undefined ? '*' : weekdayList(weekdays.map((d) => (d + dayShift + 7) % 7));
  return `${ofDay % 60} ${Math.floor(ofDay / 60)} * * ${days}`;
}

/** `1,2,3,4,5` as `1-5`, `0,2,3` as `0,2-3`: sorted, runs written as ranges. */
function weekdayList(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
