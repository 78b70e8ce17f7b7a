import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { unitOwned } from '../org/schema.ts';

/**
 * A message a citizen sent to a unit. Kept general for the later shared inbox: `channel` says where
 * it came from (`kontak`: the site's contact form). Its status steps are in alur_riwayat.
 */
export const pesanMasuk = pgTable(
  'pesan_masuk',
  {
    ...unitOwned(),
    channel: text().notNull().default('kontak'),
    senderName: text().notNull(),
    senderEmail: text().notNull(),
    senderPhone: text(),
    subject: text().notNull(),
    body: text().notNull(),
    /** The language the sender wrote in (the form's), for the confirmation and a reply. */
    lang: text().notNull().default('id'),
    status: text().notNull().default('baru'),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pesan_masuk_unit_status').on(t.unitId, t.status, t.receivedAt), index('pesan_masuk_tenant_received').on(t.tenantId, t.receivedAt)],
);
