import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { unitOwned } from '../org/schema.ts';

/**
 * One participant of a unit's training programme (seed 000 §4: "Alumni" of Diklat PIM Tk. III,
 * Prajabatan…): who, from which agency, in which programme, batch and year. The NIP is kept for the
 * staff (to tell two people of the same name apart) and is never shown on the public site.
 */
export const alumni = pgTable(
  'alumni',
  {
    ...unitOwned(),
    /** The programme as the unit names it ("Diklat PIM Tk. III"); the public page groups by it. */
    program: text().notNull(),
    tahun: integer().notNull(),
    /** The batch within the year ("I", "2", "Angkatan XII"); empty when the programme ran once. */
    angkatan: text().notNull().default(''),
    nama: text().notNull(),
    /** 18 digits (src/lib/nip.ts), for ASN participants; never public. */
    nip: text(),
    instansi: text().notNull().default(''),
    jabatan: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The public page and the admin list: a unit's programmes, then years, batches and names in order.
  (t) => [index('alumni_unit_program').on(t.unitId, t.program, t.tahun.desc(), t.angkatan, t.nama)],
);

export type AlumniRow = typeof alumni.$inferSelect;
