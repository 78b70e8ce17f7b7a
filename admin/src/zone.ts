/**
 * The tenant's time zone in the admin: its short name and wall-clock conversions for date and
 * `datetime-local` inputs, whatever the browser's own zone. Indonesia's zones keep no daylight
 * saving, so one offset correction is exact.
 */

const shortNames: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** WIB, WITA or WIT, as people in Indonesia write it (the zone's name elsewhere). */
export function zoneLabel(timeZone: string): string {
  return shortNames[timeZone] ?? timeZone;
}

/** Today's date (YYYY-MM-DD) in the tenant's zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

// The wall-clock parts of an instant in a zone, as a UTC timestamp: the difference to the instant is the zone's offset.
function wallClockMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  );
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
}

/** An instant as a `datetime-local` value (YYYY-MM-DDTHH:mm) in the tenant's zone; '' for none. */
export function localOf(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  return new Date(wallClockMs(new Date(iso).getTime(), timeZone)).toISOString().slice(0, 16);
}

/** Now as a `datetime-local` value in the tenant's zone. */
export function localInputNow(timeZone: string, now = Date.now()): string {
  return new Date(wallClockMs(now, timeZone)).toISOString().slice(0, 16);
}

/** A `datetime-local` value read as the tenant's wall clock, as an ISO instant; null when it is not a time. */
export function zonedToIso(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return new Date(asUtc - (wallClockMs(asUtc, timeZone) - asUtc)).toISOString();
}
