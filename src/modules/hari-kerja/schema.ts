import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { tenants } from '../org/schema.ts';

/**
 * Non-working weekdays with their legal basis: national dates (tenant null) from the SKB 3 Menteri,
 * the ASN cuti bersama Keppres and one-off decree days; and a tenant's own closures (`lokal`).
 */
export const holidays = pgTable(
  'holidays',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid().references(() => tenants.id),
    date: date({ mode: 'string' }).notNull(),
    /** libur_nasional | cuti_bersama | keppres | lokal */
    type: text().notNull(),
    name: text().notNull(),
    source: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Null for the rows seeded from the data shipped with Warta. */
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    // Seeding is idempotent on (date, type, source); a tenant cannot record the same closure twice.
    uniqueIndex('holidays_national_unique').on(t.date, t.type, t.source).where(sql`${t.tenantId} is null`),
    uniqueIndex('holidays_local_unique').on(t.tenantId, t.date, t.type, t.source).where(sql`${t.tenantId} is not null`),
    index('holidays_date').on(t.date),
  ],
);

/**
 * Years whose national calendar is complete. A deadline is only counted across these years:
 * a holiday row alone does not prove that every holiday of its year has been entered.
 */
export const holidayYears = pgTable('holiday_years', {
  year: integer().primaryKey(),
  source: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid().references(() => users.id),
});
