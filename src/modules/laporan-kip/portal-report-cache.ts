import { TtlCache } from '../../lib/ttl-cache.ts';
import { onSiteChanged } from '../site/site-changed.ts';

/** How long a compiled public report is reused: short, so new decisions and texts show soon. */
export const PORTAL_REPORT_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 256;

const reports = new TtlCache<unknown>(PORTAL_REPORT_TTL_MS, MAX_ENTRIES);
// A committed change of requests, objections, texts or the calendar (any process) recounts at once,
// so the page cache in front of the report pages never keeps an old count.
const countedFrom = new Set(['register', 'laporan', 'kalender', 'unit', 'tenant']);
onSiteChanged((change) => {
  if (countedFrom.has(change.reason)) reports.clear();
});

/**
 * A public report compiled once per key (unit, period, language) for a few minutes. The pages are
 * public and a year's report over many requests takes seconds to count (bench/README.md), so
 * anyone reloading one must not make the server count it again each time; requests arriving
 * while it is being counted wait for the same count. A failed count is not kept.
 */
export function cachedPortalReport<T>(key: string, compile: () => Promise<T>, now = Date.now()): Promise<T> {
  return reports.get(key, compile, now) as Promise<T>;
}
