import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { addDays, isLocalDate, localDateOf } from '../hari-kerja/local-date.ts';

/** A quarterly implementation report (seed 003) or the annual service report (Perki 1/2021 Pasal 56). */
export const reportKinds = ['triwulan', 'tahunan'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** The dates a report covers, both inclusive, as local dates in the tenant's zone. */
export type Period = { jenis: ReportKind; dari: string; sampai: string };

/** The longest period one report may cover: a year, leap or not. */
export const MAX_PERIOD_DAYS = 366;

const localDate = (field: string) => z.string().refine(isLocalDate, { message: `msg:laporan_kip.invalid.${field}` });

/** The period part of every report query: `jenis`, and `dari`/`sampai` together or not at all. */
export const periodQuery = z.object({
  jenis: z.enum(reportKinds, { message: 'msg:laporan_kip.invalid.jenis' }).default('triwulan'),
  dari: localDate('dari').optional(),
  sampai: localDate('sampai').optional(),
});
export type PeriodQuery = z.output<typeof periodQuery>;

const quarterStart = (year: number, q: number) => `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;

/**
 * The period a query asks for. Without dates: the quarter (triwulan) or the year (tahunan) that
 * contains today in the tenant's zone. Refuses a reversed or over-long range, naming the field.
 */
export function resolvePeriod(query: PeriodQuery, timeZone: string, now = new Date()): Period {
  if (query.dari && query.sampai) {
    if (query.sampai < query.dari) throw new AppError('invalid', 'laporan_kip.invalid.range', 'sampai');
    if (query.sampai > addDays(query.dari, MAX_PERIOD_DAYS - 1))
      throw new AppError('invalid', 'laporan_kip.invalid.too_long', 'sampai', { max: MAX_PERIOD_DAYS });
    return { jenis: query.jenis, dari: query.dari, sampai: query.sampai };
  }
  if (query.dari || query.sampai) throw new AppError('invalid', 'laporan_kip.invalid.both_dates', query.dari ? 'sampai' : 'dari');
  const today = localDateOf(now, timeZone);
  const year = Number(today.slice(0, 4));
  if (query.jenis === 'tahunan') return { jenis: 'tahunan', dari: `${year}-01-01`, sampai: `${year}-12-31` };
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const next = q === 4 ? `${year + 1}-01-01` : quarterStart(year, q + 1);
  return { jenis: 'triwulan', dari: quarterStart(year, q), sampai: addDays(next, -1) };
}

/** The quarter (1–4) a period is exactly, or null. */
export function quarterOf(period: Period): number | null {
  const year = Number(period.dari.slice(0, 4));
  for (let q = 1; q <= 4; q++) {
    const end = q === 4 ? `${year}-12-31` : addDays(quarterStart(year, q + 1), -1);
    if (period.dari === quarterStart(year, q) && period.sampai === end) return q;
  }
  return null;
}

/** Whether a period is exactly one calendar year. */
export function isWholeYear(period: Period): boolean {
  const year = period.dari.slice(0, 4);
  return period.dari === `${year}-01-01` && period.sampai === `${year}-12-31`;
}
