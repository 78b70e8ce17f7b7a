import { dateTimeFormat } from './date-format.ts';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `HH:MM` is a valid 24-hour clock time. */
export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

// The zone's offset from UTC at an instant, in minutes (WIB +420, WITA +480, WIT +540).
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a wall-clock date and time in a zone: 2026-12-08 09:00 in Asia/Makassar is
 * 01:00Z. Indonesia's zones have no daylight saving; the second pass settles zones that do.
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let at = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  at = wall - offsetMinutes(new Date(at), timeZone) * 60_000;
  return new Date(at);
}

/** The wall-clock time `HH:MM` of an instant in a zone. */
export function clockTimeOf(instant: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}
