import type { Lang } from '../../../i18n/catalogue.ts';
import { dateTimeFormat } from '../../../lib/date-format.ts';

/** A date the Indonesian way ("7 Desember 2026") or the British one in English, in the tenant's zone. */
export function tanggalPanjang(lang: Lang, timeZone: string, at: Date): string {
  return dateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone }).format(at);
}

/** A date and time ("7 Desember 2026 pukul 09.00") in the tenant's zone, for events. */
export function tanggalWaktu(lang: Lang, timeZone: string, at: Date): string {
  return dateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(at);
}
