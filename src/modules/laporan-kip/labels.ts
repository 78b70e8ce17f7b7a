import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import { dateTimeFormat, numberFormat } from '../../lib/date-format.ts';
import type { DisputeStage } from '../keberatan/terms.ts';
import type { Channel, RefusalGround, RequesterType } from '../permohonan/terms.ts';
import type { ServiceBand, StatusGroup } from './classify.ts';
import { isWholeYear, type Period, quarterOf } from './period.ts';
import type { UnansweredKind } from './selection.ts';

// The words of the report tables, in the reader's language (Indonesian first).
const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

export const channelLabel = (lang: Lang, c: Channel) => t(lang, `laporan_kip.channel.${c}` as MessageKey);
export const requesterLabel = (lang: Lang, r: RequesterType) => t(lang, `permohonan.requesterType.${r}` as MessageKey);
export const groupLabel = (lang: Lang, g: StatusGroup) => t(lang, `laporan_kip.group.${g}` as MessageKey);
export const stageLabel = (lang: Lang, s: DisputeStage) => t(lang, `laporan_kip.stage.${s}` as MessageKey);
export const unansweredLabel = (lang: Lang, k: UnansweredKind) => t(lang, `laporan_kip.jawaban.${k}` as MessageKey);
export const bandLabel = (lang: Lang, b: ServiceBand) => t(lang, `laporan_kip.band.${b}` as MessageKey);

/** "Pasal 17 huruf b", "not held", "not documented" — the permohonan module's own wording. */
export function groundLabel(lang: Lang, g: RefusalGround): string {
  if (g.startsWith('pasal_17_')) return t(lang, 'permohonan.ground.pasal_17', { letter: g.slice(-1) });
  return t(lang, `permohonan.ground.${g}` as MessageKey);
}

/** A local date the Indonesian way: "30 September 2026". */
export function formatLocalDate(date: string, lang: Lang): string {
  return dateTimeFormat(locale(lang), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

const monthName = (date: string, lang: Lang) => dateTimeFormat(locale(lang), { timeZone: 'UTC', month: 'long' }).format(new Date(`${date}T00:00:00Z`));
const roman = ['I', 'II', 'III', 'IV'];

/** "Triwulan III (Juli – September) Tahun 2026", "Tahun 2026", or the two dates. */
export function periodLabel(period: Period, lang: Lang): string {
  const year = period.dari.slice(0, 4);
  const q = quarterOf(period);
  if (q)
    return t(lang, 'laporan_kip.period.quarter', {
      roman: roman[q - 1] as string,
      from: monthName(period.dari, lang),
      to: monthName(period.sampai, lang),
      year,
    });
  if (isWholeYear(period)) return t(lang, 'laporan_kip.period.year', { year });
  return t(lang, 'laporan_kip.period.range', { from: formatLocalDate(period.dari, lang), to: formatLocalDate(period.sampai, lang) });
}

// A report shows hundreds of percentages, mostly the same few values: each is formatted once
// (the map is emptied when it reaches its bound).
const percents = new Map<string, string>();
const MAX_PERCENTS = 4096;

/** A percentage the Indonesian way: "33,3%". */
export function formatPercent(value: number, lang: Lang): string {
  const key = lang + value;
  let text = percents.get(key);
  if (text === undefined) {
    text = `${numberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value)}%`;
    if (percents.size >= MAX_PERCENTS) percents.clear();
    percents.set(key, text);
  }
  return text;
}

/** A number of days with one decimal: "4,5". */
export function formatDays(value: number, lang: Lang): string {
  return numberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}
