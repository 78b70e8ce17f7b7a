import { addDays } from '../hari-kerja/local-date.ts';
import type { Period } from './period.ts';

/** A report the public portal shows: a finished quarter or year, at `laporan/{tahun}` or `laporan/{tahun}/tw{q}`. */
export type PublishedReport = { period: Period; year: number; quarter: number | null; path: string[] };

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

function quarterReport(year: number, q: number): PublishedReport {
  const next = q === 4 ? monthStart(year + 1, 1) : monthStart(year, q * 3 + 1);
  return { period: { jenis: 'triwulan', dari: monthStart(year, q * 3 - 2), sampai: addDays(next, -1) }, year, quarter: q, path: [String(year), `tw${q}`] };
}

const yearReport = (year: number): PublishedReport => ({
  period: { jenis: 'tahunan', dari: `${year}-01-01`, sampai: `${year}-12-31` },
  year,
  quarter: null,
  path: [String(year)],
});

/**
 * The reports a unit publishes, newest first: every quarter and year that has ended before
 * `today` (the tenant's local date), from the one holding the unit's first request on. A period
 * still running is left out: its numbers would change while people read them. Within a year the
 * annual report comes first, then its quarters from the fourth down.
 */
export function publishedReports(firstRequestDay: string | null, today: string): PublishedReport[] {
  if (firstRequestDay === null || firstRequestDay > today) return [];
  const reports: PublishedReport[] = [];
  const finished = (r: PublishedReport) => r.period.sampai < today && r.period.sampai >= firstRequestDay;
  for (let year = Number(today.slice(0, 4)); year >= Number(firstRequestDay.slice(0, 4)); year--) {
    for (const r of [yearReport(year), quarterReport(year, 4), quarterReport(year, 3), quarterReport(year, 2), quarterReport(year, 1)])
      if (finished(r)) reports.push(r);
  }
  return reports;
}

/** The published report at a path below `laporan` (`['2026', 'tw3']`, `['2025']`), or null. */
export function findPublished(reports: readonly PublishedReport[], rest: readonly string[]): PublishedReport | null {
  return reports.find((r) => r.path.length === rest.length && r.path.every((part, i) => part === rest[i])) ?? null;
}

/** The quarter running on `today`, which the portal does not report yet. */
export function currentQuarter(today: string): Period {
  const year = Number(today.slice(0, 4));
  return quarterReport(year, Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1).period;
}
