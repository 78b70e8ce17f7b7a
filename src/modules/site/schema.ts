import { pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/schema.ts';

/** An editable page of a unit's site, e.g. Profil › Sejarah. */
export const sitePages = pgTable(
  'site_pages',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    slug: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid(),
  },
  (t) => [uniqueIndex('site_pages_unit_slug').on(t.unitId, t.slug)],
);
