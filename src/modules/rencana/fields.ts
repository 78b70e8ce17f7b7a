import { z } from 'zod';
import { isClockTime } from '../../lib/zoned-time.ts';
import { jenisKonten, platformRencana, statusRencana } from './terms.ts';

// Input fields of the editorial plan API; `msg:` messages name catalogue entries.
const jam = z
  .union([z.string().refine(isClockTime, { message: 'msg:rencana.jam_invalid' }), z.literal('')])
  .nullable()
  .transform((v) => (v ? v : null))
  .optional();

export const rencanaFields = {
  judul: z.string().trim().min(1).max(300),
  tema: z.string().trim().max(300).default(''),
  tanggal: z.iso.date(),
  jam,
  platform: z.array(z.enum(platformRencana)).max(platformRencana.length).default([]),
  jenis: z.enum(jenisKonten),
  pemilikPersonId: z.uuid().nullable().optional(),
  catatan: z.string().trim().max(5000).default(''),
  kontenId: z.uuid().nullable().optional(),
};

export const newRencanaBody = z.object(rencanaFields);
export type RencanaInput = z.output<typeof newRencanaBody>;
export const rencanaChangeBody = z
  .object({
    ...rencanaFields,
    tema: z.string().trim().max(300),
    platform: z.array(z.enum(platformRencana)).max(platformRencana.length),
    catatan: z.string().trim().max(5000),
  })
  .partial();
export type RencanaChange = z.output<typeof rencanaChangeBody>;
export const rencanaStatusBody = z.object({ ke: z.enum(statusRencana), catatan: z.string().trim().max(1000).optional() });

/** A period of dates [dari, sampai) in the tenant's zone, as the calendar asks for it. */
export const periodQuery = z.object({ dari: z.iso.date(), sampai: z.iso.date() });
