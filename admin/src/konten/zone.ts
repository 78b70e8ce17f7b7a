/** Wall-clock times in the tenant's zone (WIB/WITA/WIT) for `datetime-local` inputs, whatever the browser's zone. */

const labels: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

/** WIB, WITA or WIT (the zone's name elsewhere). */
export function zoneLabel(zone: string): string {
  return labels[zone] ?? zone;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(zone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** `2026-03-12T14:05` read in the zone → an ISO instant; null for an empty or broken value. */
export function instantOf(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return new Date(guess - offsetMinutes(zone, new Date(guess)) * 60_000).toISOString();
}

/** An ISO instant as the zone's wall clock for a `datetime-local` input. */
export function localOf(iso: string | null | undefined, zone: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  const shifted = new Date(at.getTime() + offsetMinutes(zone, at) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
