import { date, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/schema.ts';

/**
 * The deadline reminders already sent: one row per unit and local day. The daily job inserts it
 * in the same transaction as the mails, so a retried or repeated run on that day sends nothing.
 */
export const pemberitahuanPengingat = pgTable(
  'pemberitahuan_pengingat',
  {
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** The unit's tenant-zone date the reminder is for. */
    tanggal: date({ mode: 'string' }).notNull(),
    mails: integer().notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.tanggal] })],
);
