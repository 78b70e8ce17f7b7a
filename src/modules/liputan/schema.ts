import { date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { konten } from '../konten/schema.ts';
import { people, unitOwned } from '../org/schema.ts';
import { rencanaItem } from '../rencana/schema.ts';

/**
 * A coverage assignment: an activity to cover, when and where, by whom. `mulai` is the instant;
 * `tanggal` is its date in the tenant's zone when it was set, which the day-before reminder and
 * the home screen's "today and tomorrow" ask for. Its steps are in alur_riwayat.
 */
export const liputan = pgTable(
  'liputan',
  {
    ...unitOwned(),
    kegiatan: text().notNull(),
    mulai: timestamp({ withTimezone: true }).notNull(),
    tanggal: date({ mode: 'string' }).notNull(),
    tempat: text().notNull(),
    catatan: text().notNull().default(''),
    status: text().notNull().default('direncanakan'),
    rencanaItemId: uuid().references(() => rencanaItem.id),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('liputan_unit_tanggal').on(t.unitId, t.tanggal), index('liputan_tanggal_status').on(t.tanggal, t.status)],
);

/** Who covers an assignment and as what; a person may hold two parts (camera and writing). */
export const liputanPetugas = pgTable(
  'liputan_petugas',
  {
    liputanId: uuid()
      .notNull()
      .references(() => liputan.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    peran: text().notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.liputanId, t.personId, t.peran] }), index('liputan_petugas_person').on(t.personId)],
);

/** The content items an assignment produced. */
export const liputanKonten = pgTable(
  'liputan_konten',
  {
    liputanId: uuid()
      .notNull()
      .references(() => liputan.id),
    kontenId: uuid()
      .notNull()
      .references(() => konten.id),
  },
  (t) => [primaryKey({ columns: [t.liputanId, t.kontenId] })],
);

/**
 * The day-before reminders already sent: one row per assignment, person and date. The daily job
 * claims it in the same transaction as the mail, so a retried or repeated run sends nothing twice;
 * a moved assignment is reminded again for its new date.
 */
export const liputanPengingat = pgTable(
  'liputan_pengingat',
  {
    liputanId: uuid()
      .notNull()
      .references(() => liputan.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    tanggal: date({ mode: 'string' }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.liputanId, t.personId, t.tanggal] })],
);
