import type { Lang } from '../../i18n/catalogue.ts';
import { type TimeZone, timeZoneLabel } from '../org/roles.ts';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** An instant in the tenant's zone, the Indonesian way: "Senin, 9 Februari 2026 pukul 10.15 WITA". */
export function formatDateTime(instant: Date, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(locale(lang), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return `${text} ${timeZoneLabel[timeZone as TimeZone] ?? timeZone}`;
}

/** A date-only deadline (`YYYY-MM-DD`), which has no zone: "Senin, 23 Februari 2026". */
export function formatDate(localDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}
