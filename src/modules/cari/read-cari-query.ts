import type { MessageKey } from '../../i18n/catalogue.ts';
import { requestedPage } from '../site/views/pager.tsx';
import { MAX_QUERY_CHARS, queryWords } from './query-words.ts';
import { CARI_MAX_PAGE, type JenisCari, jenisCari } from './terms.ts';

/** What the search form asked for, as typed (for the form) and as checked (for the query). */
export type CariRequest = {
  q: string;
  words: string[];
  jenis?: JenisCari;
  /** The bidang's slug as in the address; the page turns it into the unit's bidang. */
  bidang?: string;
  tahun?: number;
  halaman: number;
};

export type CariQueryProblem = { field: 'jenis' | 'bidang' | 'tahun' | 'halaman'; key: MessageKey };

/** Reads `?q=&jenis=&bidang=&tahun=&halaman=`: the request, or the field that is wrong. */
export function readCariQuery(query: URLSearchParams, now = new Date()): { ok: true; request: CariRequest } | { ok: false; problem: CariQueryProblem } {
  const q = (query.get('q') ?? '').slice(0, MAX_QUERY_CHARS);
  const request: CariRequest = { q, words: queryWords(q), halaman: 1 };
  const jenis = query.get('jenis') ?? '';
  if (jenis !== '') {
    if (!(jenisCari as readonly string[]).includes(jenis)) return { ok: false, problem: { field: 'jenis', key: 'cari.bad_jenis' } };
    request.jenis = jenis as JenisCari;
  }
  const bidang = query.get('bidang') ?? '';
  if (bidang !== '') {
    if (!/^[a-z0-9-]{1,80}$/.test(bidang)) return { ok: false, problem: { field: 'bidang', key: 'cari.bad_bidang' } };
    request.bidang = bidang;
  }
  const tahun = query.get('tahun') ?? '';
  if (tahun !== '') {
    const year = Number(tahun);
    if (!/^\d{4}$/.test(tahun) || year < 2000 || year > now.getUTCFullYear() + 1) return { ok: false, problem: { field: 'tahun', key: 'cari.bad_tahun' } };
    request.tahun = year;
  }
  const halaman = requestedPage(query);
  if (halaman === null || halaman > CARI_MAX_PAGE) return { ok: false, problem: { field: 'halaman', key: 'cari.bad_halaman' } };
  request.halaman = halaman;
  return { ok: true, request };
}
