import { z } from 'zod';
import { nipMessageKey, parseNip } from '../../lib/nip.ts';

export const ALUMNI_TEXT_MAX = 200;
export const ALUMNI_YEAR_MIN = 1950;

const text = (required: 'msg:alumni.nama_required' | 'msg:alumni.program_required' | null, tooLong: string) =>
  required ? z.string().trim().min(1, required).max(ALUMNI_TEXT_MAX, tooLong) : z.string().trim().max(ALUMNI_TEXT_MAX, tooLong).default('');

/** One participant as the admin screen sends it; the NIP, when given, must be a valid ASN number. */
export const alumniBody = z.object({
  program: text('msg:alumni.program_required', 'msg:alumni.too_long'),
  tahun: z
    .number({ message: 'msg:alumni.tahun_invalid' })
    .int('msg:alumni.tahun_invalid')
    .min(ALUMNI_YEAR_MIN, 'msg:alumni.tahun_invalid')
    .refine((y) => y <= new Date().getUTCFullYear() + 1, 'msg:alumni.tahun_invalid'),
  angkatan: z.string().trim().max(50, 'msg:alumni.too_long').default(''),
  nama: text('msg:alumni.nama_required', 'msg:alumni.too_long'),
  nip: z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const parsed = parseNip(v);
      if (parsed.ok) return parsed.nip;
      ctx.addIssue({ code: 'custom', message: `msg:${nipMessageKey(parsed.problem)}` });
      return z.NEVER;
    }),
  instansi: text(null, 'msg:alumni.too_long'),
  jabatan: text(null, 'msg:alumni.too_long'),
});
export type AlumniInput = z.output<typeof alumniBody>;

/** A participant as the admin API answers: everything, NIP included (staff only). */
export const alumniResponse = z.object({
  id: z.string(),
  unitId: z.string(),
  program: z.string(),
  tahun: z.number(),
  angkatan: z.string(),
  nama: z.string(),
  nip: z.string().nullable(),
  instansi: z.string(),
  jabatan: z.string(),
  updatedAt: z.string(),
});
