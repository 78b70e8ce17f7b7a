import { z } from 'zod';
import { optionalText } from '../org/fields.ts';
import { bentukList, klasifikasiList, pasal17Letters } from './klasifikasi.ts';

// Input fields of the information-list API; `msg:` messages name catalogue entries.
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalDate = z
  .union([z.iso.date(), z.literal('')])
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

// Only web links: a `javascript:` or `data:` address must never reach the public page.
const webUrl = z.url({ protocol: /^https?$/, message: 'msg:informasi.url_invalid' }).max(2000);

export const informasiFields = {
  klasifikasi: z.enum(klasifikasiList),
  judul: text(300),
  ringkasan: text(5000),
  penguasaInformasi: text(300),
  waktuPembuatan: optionalText(200),
  tempatPembuatan: optionalText(200),
  bentuk: z.enum(bentukList),
  jangkaWaktuPenyimpanan: optionalText(200),
  tautan: z.array(z.object({ judul: text(200), url: webUrl })).max(20),
  tanggalTerbit: optionalDate,
  pembaruanBerikutnya: optionalDate,
  pasal17Huruf: z.enum(pasal17Letters).nullable().optional(),
  dasarHukum: optionalText(2000),
  ujiKonsekuensi: optionalText(10_000),
  masaPengecualian: optionalText(300),
  pengecualianBerakhir: optionalDate,
  penetapanNomor: optionalText(200),
  penetapanTanggal: optionalDate,
};

export const newInformasiBody = z.object({ ...informasiFields, tautan: informasiFields.tautan.default([]) });
export const informasiChangeBody = z.object(informasiFields).partial();
export const archiveBody = z.object({ alasan: optionalText(1000) });
export const listQuery = z.object({
  klasifikasi: z.enum(klasifikasiList).optional(),
  q: z.string().trim().max(200).optional(),
  /** `1` lists the withdrawn items instead of the current list. */
  arsip: z.enum(['0', '1']).default('0'),
});

export type InformasiInput = z.output<typeof newInformasiBody>;
export type InformasiChange = z.output<typeof informasiChangeBody>;
