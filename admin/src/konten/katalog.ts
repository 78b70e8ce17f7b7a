import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { currentLang } from '../i18n.ts';
import type { Katalog, Label } from './types.ts';

type Group = keyof Katalog;
const groups: Group[] = ['status', 'jenis', 'fbs', 'mediaCenter', 'kategori'];

/**
 * Reads a katalog group whether the server sends it as a record (`{ draf: { id, en } }`) or as a
 * list (`[{ code, label }]`, the label in the asked language), so a change of wrapping on the server
 * does not show codes.
 */
function normalise(raw: unknown): Katalog {
  const out = { status: {}, jenis: {}, fbs: {}, mediaCenter: {}, kategori: {} } as Katalog;
  const source = (raw ?? {}) as Record<string, unknown>;
  for (const group of groups) {
    const value = source[group] ?? source[`${group}Konten`];
    if (Array.isArray(value)) {
      for (const entry of value as Array<Record<string, unknown>>) {
        const code = String(entry.code ?? entry.value ?? entry.item ?? entry.status ?? '');
        const raw = entry.label ?? entry;
        const label = (typeof raw === 'string' ? { id: raw, en: raw } : raw) as Partial<Label>;
        if (code) out[group][code] = { id: String(label.id ?? code), en: String(label.en ?? label.id ?? code) };
      }
    } else if (value && typeof value === 'object') {
      for (const [code, label] of Object.entries(value as Record<string, unknown>)) {
        const l = (typeof label === 'string' ? { id: label, en: label } : label) as Partial<Label>;
        out[group][code] = { id: String(l.id ?? code), en: String(l.en ?? l.id ?? code) };
      }
    }
  }
  return out;
}

/** The content katalog in the person's language, loaded once per language (it changes only with a new Warta version). */
export const katalogQuery = () =>
  queryOptions({
    queryKey: ['konten', 'katalog', currentLang()],
    queryFn: async () => normalise(await api('/konten/katalog')),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useKatalog() {
  return useQuery(katalogQuery());
}

/** The label of a code in the person's language; a readable fallback while the katalog loads. */
export function labelOf(katalog: Katalog | undefined, group: Group, code: string | number | null | undefined): string {
  if (code === null || code === undefined) return '—';
  // Codes are never shown: an ellipsis while the katalog loads, a dash for a code it does not know.
  if (!katalog) return '…';
  const label = katalog[group][String(code)];
  if (!label) return '—';
  return currentLang() === 'en' ? label.en : label.id;
}
