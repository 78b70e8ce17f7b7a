import type { Lang } from '../../i18n/catalogue.ts';
import type { Unit } from '../org/find-units.ts';

/**
 * The tracking page of a request as an address for an e-mail: the installation's public address,
 * the unit and the number only. The code never goes into a link someone may forward; the page asks
 * for it when it is opened with the number alone.
 */
export function trackingLink(publicUrl: string, unit: Pick<Unit, 'slug'>, number: string, lang: Lang): string {
  const query = new URLSearchParams({ nomor: number });
  if (lang === 'en') query.set('lang', 'en');
  return `${publicUrl.replace(/\/+$/, '')}/${encodeURIComponent(unit.slug)}/ppid/permohonan/lacak?${query}`;
}
