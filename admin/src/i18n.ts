import { en, id, type MessageKey } from './messages.ts';
import { formatMessage } from './plural.ts';
import { zoneLabel } from './zone.ts';

export type Lang = 'id' | 'en';

function readCookieLang(): Lang {
  const match = /(?:^|;\s*)warta_lang=(id|en)\b/.exec(document.cookie);
  return match?.[1] === 'en' ? 'en' : 'id';
}

let lang: Lang = readCookieLang();

/** The language of the admin right now; sent to the API as Accept-Language. */
export function currentLang(): Lang {
  return lang;
}

/** Switches language and remembers it in the `warta_lang` cookie the server also reads. */
export function setLang(next: Lang): void {
  lang = next;
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads this cookie; the Cookie Store API is missing on older phones
  document.cookie = `warta_lang=${next}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = next;
}

/** A catalogue text in the current language (its singular or plural form by the number it counts), with `{name}` parameters filled in. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(lang, (lang === 'en' ? en : id)[key], params);
}

let timeZone = 'Asia/Jakarta';

/** Dates are shown in the tenant's time zone (WIB/WITA/WIT), not the browser's. */
export function setTimeZone(zone: string): void {
  timeZone = zone;
}

/** An instant as the tenant reads it, e.g. "12 Mar 2026 14.05 WITA". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return `${text} ${zoneLabel(timeZone)}`;
}

/** A calendar date (YYYY-MM-DD) in words, without shifting it through a time zone. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { timeZone: 'UTC', dateStyle: 'long' }).format(date);
}
