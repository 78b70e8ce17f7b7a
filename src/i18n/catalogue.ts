import { alumniMessages } from '../modules/alumni/messages.ts';
import { authMessages } from '../modules/auth/messages.ts';
import { cariMessages } from '../modules/cari/messages.ts';
import { hariKerjaMessages } from '../modules/hari-kerja/messages.ts';
import { imporWpMessages } from '../modules/impor-wp/messages.ts';
import { informasiMessages } from '../modules/informasi/messages.ts';
import { keberatanMessages } from '../modules/keberatan/messages.ts';
import { kontakMessages } from '../modules/kontak/messages.ts';
import { kontenMessages } from '../modules/konten/messages.ts';
import { kontenPublicMessages } from '../modules/konten/views/messages.ts';
import { lampiranMessages } from '../modules/lampiran/messages.ts';
import { laporanKipMessages } from '../modules/laporan-kip/messages.ts';
import { liputanMessages } from '../modules/liputan/messages.ts';
import { mediaMessages } from '../modules/media/messages.ts';
import { orgMessages } from '../modules/org/messages.ts';
import { pemberitahuanMessages } from '../modules/pemberitahuan/messages.ts';
import { permohonanMessages } from '../modules/permohonan/messages.ts';
import { ppidPortalMessages } from '../modules/ppid-portal/messages.ts';
import { rencanaMessages } from '../modules/rencana/messages.ts';
import { siteWebMessages } from '../modules/site/feeds/messages.ts';
import { siteMessages } from '../modules/site/messages.ts';
import { situsMessages } from '../modules/situs-unit/messages.ts';
import { sosialAkunMessages } from '../modules/sosial/akun/messages.ts';
import { sosialMessages } from '../modules/sosial/messages.ts';
import { sosialTerbitMessages } from '../modules/sosial/terbit/messages.ts';
import { varianMessages } from '../modules/sosial/varian/messages.ts';
import { common } from './common.ts';

// Every module's messages, merged. A module adds its own `messages.ts` and one line here.
const parts = [
  common,
  authMessages,
  orgMessages,
  siteMessages,
  siteWebMessages,
  hariKerjaMessages,
  informasiMessages,
  permohonanMessages,
  laporanKipMessages,
  pemberitahuanMessages,
  keberatanMessages,
  ppidPortalMessages,
  lampiranMessages,
  rencanaMessages,
  liputanMessages,
  kontenMessages,
  kontenPublicMessages,
  mediaMessages,
  situsMessages,
  kontakMessages,
  cariMessages,
  alumniMessages,
  imporWpMessages,
  sosialMessages,
  sosialAkunMessages,
  varianMessages,
  sosialTerbitMessages,
] as const;

type Part = (typeof parts)[number];
export type MessageKey = Part extends infer P ? (P extends { id: infer M } ? keyof M : never) : never;
export type Lang = 'id' | 'en';

/**
 * A text whose wording depends on a number, one variant per plural category of the language
 * (Intl.PluralRules: English has "one" and "other", Indonesian only "other", so Indonesian texts
 * stay plain strings). `by` names the parameter that holds the number.
 */
export type PluralText = { by: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
type Message = string | PluralText;

const catalogue: Record<Lang, Record<string, Message>> = { id: {}, en: {} };
for (const part of parts) {
  Object.assign(catalogue.id, part.id);
  Object.assign(catalogue.en, part.en);
}
// A plural text whose `by` is not one of its placeholders would always read "other": fail at start-up.
for (const [key, message] of [...Object.entries(catalogue.id), ...Object.entries(catalogue.en)])
  if (typeof message !== 'string' && !message.other.includes(`{${message.by}}`))
    throw new Error(`message ${key}: plural by {${message.by}} is not in its text`);

const pluralRules: Record<Lang, Intl.PluralRules> = { id: new Intl.PluralRules('id'), en: new Intl.PluralRules('en') };

/** The variant of a plural text for its number; "other" when the number is missing. */
function pickVariant(lang: Lang, message: Message, params: Record<string, string | number>): string {
  if (typeof message === 'string') return message;
  const count = Number(params[message.by]);
  return Number.isFinite(count) ? (message[pluralRules[lang].select(count)] ?? message.other) : message.other;
}

/** Looks a message up in the user's language, Indonesian first, and fills its {placeholders}. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const found = catalogue[lang][key];
  const text = found !== undefined ? pickVariant(lang, found, params) : catalogue.id[key] !== undefined ? pickVariant('id', catalogue.id[key], params) : key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the language from ?lang=, then the warta_lang cookie, then Accept-Language; Indonesian by default. */
export function pickLang(query: string | undefined, cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  for (const v of [query, cookie]) if (v === 'en' || v === 'id') return v;
  // Indonesian unless the browser asks for English and does not list Indonesian at all.
  const wanted = (acceptLanguage ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim().slice(0, 2));
  return wanted[0] === 'en' && !wanted.includes('id') ? 'en' : 'id';
}
