import type { Lang } from '../../i18n/catalogue.ts';
import { type TimeZone, timeZoneLabel } from '../org/roles.ts';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

// Building an Intl.DateTimeFormat costs far more than using one (a 10,000-row register export
// spent most of its 9 s here), so each language and zone gets one formatter, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone} ${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    const time = withTime ? ({ hour: '2-digit', minute: '2-digit' } as const) : {};
    f = new Intl.DateTimeFormat(locale(lang), { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', ...time });
    formatters.set(key, f);
  }
  return f;
}

/** An instant in the tenant's zone, the Indonesian way: "Senin, 9 Februari 2026 pukul 10.15 WITA". */
export function formatDateTime(instant: Date, timeZone: string, lang: Lang): string {
  return `${formatter(lang, timeZone, true).format(instant)} ${timeZoneLabel[timeZone as TimeZone] ?? timeZone}`;
}

/** A date-only deadline (`YYYY-MM-DD`), which has no zone: "Senin, 23 Februari 2026". */
export function formatDate(localDate: string, lang: Lang): string {
  return formatter(lang, 'UTC', false).format(new Date(`${localDate}T00:00:00Z`));
}
