import * as z from 'zod/mini';

/**
 * The address's query string, as plain `?unit=…&status=…` both ways. TanStack Router writes JSON by
 * default (`?halaman=2` would come back quoted); bookmarks and the links the server mails must keep
 * their plain form, so values stay strings here and each route's schema types them.
 */
export function parseSearch(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

// A value that does not fit is dropped, not an error: an edited or old address still opens the
// screen with its defaults, as the screens did when they read the query string themselves.
const text = z.catch(z.optional(z.string()), undefined);
const positive = z.catch(z.optional(z.coerce.number().check(z.int(), z.positive())), undefined);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.catch(z.optional(z.enum(values)), undefined);

/** A unit chooser's choice (`?unit=`), shared by most registers. */
export const unitSearch = z.object({ unit: text });

/** The mailed password links: `/kata-sandi?token=…`, `/undangan?token=…`. */
export const tokenSearch = z.object({ token: text });

/** Konten: board or list (`tampilan=daftar`), the list's filters and page. */
export const kontenSearch = z.object({
  tampilan: oneOf(['daftar']),
  unit: text,
  jenis: text,
  status: text,
  bidang: text,
  q: text,
  halaman: positive,
});

/** Writing a new item for a unit and kind. */
export const kontenNewSearch = z.object({ unit: text, jenis: text });

/** Media Center: the queue's tab. */
export const mediaCenterTabs = ['diusulkan', 'diterima', 'terbit_pusat', 'ditolak'] as const;
export const mediaCenterSearch = z.object({ status: oneOf(mediaCenterTabs) });

/** The media library's filters and page. */
export const mediaSearch = z.object({ q: text, kind: text, unit: text, tag: text, page: positive });

/** Requests: unit, status, search and order. */
export const permohonanSearch = z.object({ unit: text, status: text, q: text, sort: oneOf(['diterima']) });

/** Objections: unit and status. */
export const keberatanSearch = z.object({ unit: text, status: text });

/** A new objection, maybe for a request (`permohonan` is its number). */
export const keberatanNewSearch = z.object({ unit: text, permohonan: text });

/** The information list: unit, classification, search, archived. */
export const informasiSearch = z.object({ unit: text, klasifikasi: text, q: text, arsip: oneOf(['1']) });

/** The contact inbox: unit, status, search text and page. */
export const pesanSearch = z.object({ unitId: text, status: text, q: text, halaman: positive });
export type PesanSearch = z.infer<typeof pesanSearch>;

/** The social accounts screen: what the OAuth callback reports (`terhubung`, `pilih`, `galat`) and for which platform. */
export const akunSosialSearch = z.object({ platform: text, terhubung: text, pilih: text, galat: text });
export type AkunSosialSearch = z.infer<typeof akunSosialSearch>;

/** The working-day calendar's year. */
export const hariKerjaSearch = z.object({ tahun: positive });

/** The KIP report: unit (`semua` = whole tenant), period, status basis and the open cell. */
export const laporanSearch = z.object({
  unit: text,
  jenis: oneOf(['triwulan', 'tahunan']),
  dari: text,
  sampai: text,
  statusPer: oneOf(['hari-ini']),
  sel: text,
});

/** Assignments: mine or a unit's (`lihat=unit`), open or all. */
export const liputanSearch = z.object({ lihat: oneOf(['unit']), status: oneOf(['semua']), unit: text });

/** An assignment just created (`baru=1` shows the note). */
export const liputanItemSearch = z.object({ baru: text });

export type KontenSearch = z.infer<typeof kontenSearch>;
export type KontenNewSearch = z.infer<typeof kontenNewSearch>;
export type MediaSearch = z.infer<typeof mediaSearch>;
export type PermohonanSearch = z.infer<typeof permohonanSearch>;
export type KeberatanSearch = z.infer<typeof keberatanSearch>;
export type KeberatanNewSearch = z.infer<typeof keberatanNewSearch>;
export type InformasiSearch = z.infer<typeof informasiSearch>;
export type LaporanSearch = z.infer<typeof laporanSearch>;
export type LiputanSearch = z.infer<typeof liputanSearch>;
