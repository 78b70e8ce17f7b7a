import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { konten } from '../konten/schema.ts';
import { people, unitOwned, units } from '../org/schema.ts';

/**
 * One planned item of a unit's editorial plan: what is to be published, when (a date in the
 * tenant's zone, optionally a time), where and by whom. `kontenId` links the content item that
 * carries it out, so the plan can be read against what was actually published.
 */
export const rencanaItem = pgTable(
  'rencana_item',
  {
    ...unitOwned(),
    judul: text().notNull(),
    tema: text().notNull().default(''),
    /** The planned date in the tenant's zone. */
    tanggal: date({ mode: 'string' }).notNull(),
    /** Optional planned time, `HH:MM` in the tenant's zone; none makes it an all-day item. */
    jam: text(),
    platform: text().array().notNull().default([]),
    jenis: text().notNull(),
    /** The team member who sees it through. */
    pemilikPersonId: uuid().references(() => people.id),
    catatan: text().notNull().default(''),
    status: text().notNull().default('direncanakan'),
    kontenId: uuid().references(() => konten.id),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rencana_item_unit_tanggal').on(t.unitId, t.tanggal), index('rencana_item_konten').on(t.kontenId).where(sql`${t.kontenId} is not null`)],
);

/**
 * A unit's private calendar feed: the token is in the feed's address (a phone calendar cannot
 * sign in), so it is long and random; the hash finds it, the sealed copy shows the address again.
 */
export const rencanaFeed = pgTable('rencana_feed', {
  unitId: uuid()
    .primaryKey()
    .references(() => units.id),
  tokenHash: text().notNull().unique(),
  tokenSealed: text().notNull(),
  createdBy: uuid().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
