import { dateTimeFormat } from '../../../lib/date-format.ts';

/** The wall-clock fields of an instant in a time zone. */
export type WaktuLokal = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** What a clock in `timeZone` shows at `at`: 01:00Z is 09:00 in Asia/Makassar. */
export function waktuLokal(at: Date, timeZone: string): WaktuLokal {
  const parts = dateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') };
}

/** The zone's offset from UTC at an instant, in minutes (+480 for WITA). */
export function offsetMenit(at: Date, timeZone: string): number {
  const l = waktuLokal(at, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a local date (`2026-12-01`) begins in the zone. */
export function awalHari(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  return new Date(guess.getTime() - offsetMenit(guess, timeZone) * 60_000);
}
