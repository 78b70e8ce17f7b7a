/** How long a compiled public report is reused: short, so new decisions and texts show soon. */
export const PORTAL_REPORT_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 256;

const entries = new Map<string, { at: number; value: Promise<unknown> }>();

/**
 * A public report compiled once per key (unit, period, language) for a few minutes. The pages are
 * public and a year's report over many requests takes seconds to count (bench/README.md), so
 * anyone reloading one must not make the server count it again each time; requests arriving
 * while it is being counted wait for the same count. A failed count is not kept.
 */
export function cachedPortalReport<T>(key: string, compile: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < PORTAL_REPORT_TTL_MS) return hit.value as Promise<T>;
  const value = compile();
  const entry = { at: now, value };
  entries.delete(key);
  entries.set(key, entry);
  value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  // Oldest first in a Map's order: drop from the front beyond the cap.
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  return value;
}
