import { date, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { tenants, units } from '../org/schema.ts';

/**
 * The texts an officer writes into a KIP report (obstacles, recommendations, follow-up), one row
 * per scope and period. A null unit is the report over all units of the tenant; NULLS NOT
 * DISTINCT keeps that scope unique too.
 */
export const laporanKip = pgTable(
  'laporan_kip',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    unitId: uuid().references(() => units.id),
    dari: date({ mode: 'string' }).notNull(),
    sampai: date({ mode: 'string' }).notNull(),
    kendala: text().notNull().default(''),
    rekomendasi: text().notNull().default(''),
    tindakLanjut: text().notNull().default(''),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid(),
  },
  (t) => [unique('laporan_kip_scope_period').on(t.tenantId, t.unitId, t.dari, t.sampai).nullsNotDistinct()],
);
