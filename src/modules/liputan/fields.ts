import { z } from 'zod';
import { isClockTime } from '../../lib/zoned-time.ts';
import { peranPetugas, statusLiputan } from './terms.ts';

// Input fields of the assignments API; `msg:` messages name catalogue entries.
const jam = z.string().refine(isClockTime, { message: 'msg:rencana.jam_invalid' });
const petugas = z
  .array(z.object({ personId: z.uuid(), peran: z.enum(peranPetugas) }))
  .min(1)
  .max(20)
  .refine((list) => new Set(list.map((p) => `${p.personId}/${p.peran}`)).size === list.length, { message: 'msg:liputan.assignee_twice' });

export const newLiputanBody = z.object({
  kegiatan: z.string().trim().min(1).max(300),
  tanggal: z.iso.date(),
  jam,
  tempat: z.string().trim().min(1).max(300),
  catatan: z.string().trim().max(5000).default(''),
  rencanaItemId: z.uuid().nullable().optional(),
  petugas,
});
export type LiputanInput = z.output<typeof newLiputanBody>;

/** A change replaces what it names; `petugas` and `kontenIds` are the whole new lists. */
export const liputanChangeBody = z
  .object({
    kegiatan: z.string().trim().min(1).max(300),
    tanggal: z.iso.date(),
    jam,
    tempat: z.string().trim().min(1).max(300),
    catatan: z.string().trim().max(5000),
    rencanaItemId: z.uuid().nullable(),
    petugas,
    kontenIds: z.array(z.uuid()).max(50),
  })
  .partial();
export type LiputanChange = z.output<typeof liputanChangeBody>;

export const liputanStatusBody = z.object({ ke: z.enum(statusLiputan), catatan: z.string().trim().max(1000).optional() });

export const liputanListQuery = z.object({
  /** `saya`: the assignments I cover, in every unit; else a unit's. */
  unit: z.uuid().optional(),
  saya: z.enum(['1']).optional(),
  /** `terbuka`: planned, covered or in production; `semua` includes finished and called off. */
  status: z.enum(['terbuka', 'semua']).default('terbuka'),
});
