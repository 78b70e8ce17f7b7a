import type { Lang } from '../../i18n/catalogue.ts';
import { numberFormat } from '../../lib/date-format.ts';

/** A file size the Indonesian way ("1,2 MB", "350 KB"); English uses a decimal point. */
export function formatSize(bytes: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
