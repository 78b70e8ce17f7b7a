import { z } from 'zod';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { formatLocalDate } from './labels.ts';
import type { Period } from './period.ts';

/**
 * The date a report counts status on. `akhir-periode` (the default): the period's last day, so a
 * finished quarter's report stays what it was when the quarter closed, whatever is decided later;
 * a period still running is counted as of today. `hari-ini`: as of today, with later decisions.
 */
export const asOfBases = ['akhir-periode', 'hari-ini'] as const;
export type AsOfBasis = (typeof asOfBases)[number];

/** The status date of a report: the basis asked for and the local date it comes to. */
export type AsOf = { dasar: AsOfBasis; tanggal: string };

/** The `statusPer` query parameter of every report endpoint. */
export const asOfQuery = z.enum(asOfBases, { message: 'msg:laporan_kip.invalid.status_per' }).default('akhir-periode');

/** The date status is counted on, never after today (a report cannot know a later status). */
export function resolveAsOf(basis: AsOfBasis, period: Period, today: string): AsOf {
  if (basis === 'hari-ini' || period.sampai > today) return { dasar: basis, tanggal: today };
  return { dasar: basis, tanggal: period.sampai };
}

/** The sentence every report carries on which date its status is counted (JSON notes, documents, public page). */
export function asOfNote(asOf: AsOf, period: Period, lang: Lang): string {
  const date = formatLocalDate(asOf.tanggal, lang);
  if (asOf.tanggal === period.sampai) return t(lang, 'laporan_kip.note.as_of_end', { date });
  return t(lang, asOf.dasar === 'hari-ini' ? 'laporan_kip.note.as_of_today' : 'laporan_kip.note.as_of_running', { date });
}
