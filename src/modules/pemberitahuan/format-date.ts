import type { Lang } from '../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../lib/date-format.ts';

/** A local date the way Indonesian letters write it: "2 Maret 2026" (English: "2 March 2026"). */
export function letterDate(localDate: string, lang: Lang): string {
  return dateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
}
