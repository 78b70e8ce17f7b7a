import { authMessages } from '../modules/auth/messages.ts';
import { hariKerjaMessages } from '../modules/hari-kerja/messages.ts';
import { informasiMessages } from '../modules/informasi/messages.ts';
import { keberatanMessages } from '../modules/keberatan/messages.ts';
import { lampiranMessages } from '../modules/lampiran/messages.ts';
import { laporanKipMessages } from '../modules/laporan-kip/messages.ts';
import { orgMessages } from '../modules/org/messages.ts';
import { pemberitahuanMessages } from '../modules/pemberitahuan/messages.ts';
import { permohonanMessages } from '../modules/permohonan/messages.ts';
import { ppidPortalMessages } from '../modules/ppid-portal/messages.ts';
import { siteMessages } from '../modules/site/messages.ts';
import { common } from './common.ts';

// Every module's messages, merged. A module adds its own `messages.ts` and one line here.
const parts = [
  common,
  authMessages,
  orgMessages,
  siteMessages,
  hariKerjaMessages,
  informasiMessages,
  permohonanMessages,
  laporanKipMessages,
  pemberitahuanMessages,
  keberatanMessages,
  ppidPortalMessages,
  lampiranMessages,
] as const;

type Part = (typeof parts)[number];
export type MessageKey = Part extends infer P ? (P extends { id: infer M } ? keyof M : never) : never;
export type Lang = 'id' | 'en';

const catalogue: Record<Lang, Record<string, string>> = { id: {}, en: {} };
for (const part of parts) {
  Object.assign(catalogue.id, part.id);
  Object.assign(catalogue.en, part.en);
}

/** Looks a message up in the user's language, Indonesian first, and fills its {placeholders}. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogue[lang][key] ?? catalogue.id[key] ?? key;
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
