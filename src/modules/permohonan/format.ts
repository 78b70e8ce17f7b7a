import type { Lang } from '../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../lib/date-format.ts';
import { type TimeZone, timeZoneLabel } from '../org/roles.ts';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** The shared formatter (src/lib/date-format.ts: one per language, zone and shape, kept). */
function formatter(lang: Lang, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const time = withTime ? ({ hour: '2-digit', minute: '2-digit' } as const) : {};
  return dateTimeFormat(locale(lang), { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...time });
}

/** An instant in the tenant's zone, the Indonesian way: "Senin, 9 Februari 2026 pukul 10.15 WITA". */
export function formatDateTime(instant: Date, timeZone: string, lang: Lang): string {
  return `${formatter(lang, timeZone, true).format(instant)} ${timeZoneLabel[timeZone as TimeZone] ?? timeZone}`;
}

/** A date-only deadline (`YYYY-MM-DD`), which has no zone: "Senin, 23 Februari 2026". */
export function formatDate(localDate: string, lang: Lang): string {
  return formatter(lang, 'UTC', false).format(new Date(`${localDate}T00:00:00Z`));
}
