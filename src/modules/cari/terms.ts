import { type JenisKonten, jenisKonten } from '../konten/terms.ts';

/** What the search can be narrowed to: one kind of content, or the DIP's items. */
export const jenisCari = [...jenisKonten, 'dip'] as const;
export type JenisCari = JenisKonten | 'dip';

/** Results per page: ten excerpts keep the page far inside its 30 KB budget. */
export const CARI_PAGE_SIZE = 10;
/** Deeper pages are not offered: nobody reads them, and a deep offset costs the database. */
export const CARI_MAX_PAGE = 50;

/** The marks ts_headline puts around a matched word; the view turns them into escaped `<mark>`. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
