/**
 * The words of the content workflow (DOMAIN.md §3.1; seed 002 §III.B–C, seed 004 §VII–VIII).
 * Codes are stable identifiers stored in the database; people see the labels in messages.ts.
 */

/** Kinds of content a unit publishes (seed 000: the website's sections). */
export const jenisKonten = ['berita', 'artikel', 'pengumuman', 'publikasi', 'agenda', 'galeri', 'video'] as const;
export type JenisKonten = (typeof jenisKonten)[number];

/** Publikasi sub-sections of seed 000 §5. */
export const kategoriPublikasi = ['materi', 'peraturan', 'proyek_perubahan'] as const;
export type KategoriPublikasi = (typeof kategoriPublikasi)[number];

/**
 * Where an item is in the workflow. `terbit` means its approved revision is on the site; an item
 * edited after publication goes back to `ditinjau` (or `menunggu_persetujuan` in a unit without the
 * redaktur step) while `liveRevisionId` keeps the published revision up.
 */
export const statusKonten = [
  'draf',
  'diajukan',
  'ditinjau',
  'dikembalikan',
  'menunggu_persetujuan',
  'disetujui',
  'dijadwalkan',
  'terbit',
  'ditarik',
  'diarsipkan',
] as const;
export type StatusKonten = (typeof statusKonten)[number];

/** The nine Filter Before Sharing items (seed 002 §III.C, DOMAIN.md §3.1), numbered 1–9. */
export const fbsItems = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type FbsItem = (typeof fbsItems)[number];

/** A proposal to the pemda's Media Center (seed 004 §VIII.4). */
export const statusMediaCenter = ['diusulkan', 'diterima', 'ditolak', 'terbit_pusat'] as const;
export type StatusMediaCenter = (typeof statusMediaCenter)[number];

/** Fields a kind carries beside title, summary and body; validated per kind in fields.ts. */
export type Atribut = {
  /** agenda: start and end as ISO instants, place. */
  mulai?: string;
  selesai?: string | null;
  tempat?: string;
  /** publikasi: sub-section and the documents (media ids). */
  kategori?: KategoriPublikasi;
  dokumen?: string[];
  /** galeri: the photos (media ids), in order. */
  foto?: string[];
  /** video: a YouTube address (shown click-to-load) or a media id of an uploaded video. */
  youtube?: string | null;
  videoMediaId?: string | null;
};
