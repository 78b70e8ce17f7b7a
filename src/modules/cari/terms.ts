import { type JenisKonten, jenisKonten } from '../konten/terms.ts';

/** What the search can be narrowed to: one kind of content, or the DIP's items. */
export const jenisCari = [...jenisKonten, 'dip'] as const;
export type JenisCari = JenisKonten | 'dip';

/** Results per page: ten excerpts keep the page far inside its 30 KB budget. */
export const CARI_PAGE_SIZE = 10;
/**
 * How many of the newest matching items (and as many DIP items) are ranked. More are not read:
 * the page then says that the newest are shown and the filters (year, kind) reach older ones.
 */
export const CARI_CANDIDATES = 200;
/** Pages offered: every candidate, ten at a time. */
export const CARI_MAX_PAGE = CARI_CANDIDATES / CARI_PAGE_SIZE;

/** The marks ts_headline puts around a matched word; the view turns them into escaped `<mark>`. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';
