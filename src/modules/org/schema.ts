import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A pemda or instansi: one installation serves one or several. */
export const tenants = pgTable('tenants', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  kind: text().notNull(),
  timeZone: text().notNull(),
  domain: text(),
  require2faForAdmins: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A perangkat daerah (OPD, badan, dinas, biro, balai…) in a tree under its tenant. */
export const units = pgTable(
  'units',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    parentId: uuid(),
    slug: text().notNull(),
    name: text().notNull(),
    shortName: text(),
    kind: text().notNull(),
    tier: integer().notNull().default(1),
    host: text(),
    address: text(),
    phone: text(),
    email: text(),
    isMediaCenter: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_tenant_slug').on(t.tenantId, t.slug),
    uniqueIndex('units_host').on(t.host).where(sql`${t.host} is not null`),
    index('units_parent').on(t.parentId),
  ],
);

/** A division inside a unit: news is filed and questions are routed by bidang. */
export const bidang = pgTable(
  'bidang',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    slug: text().notNull(),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [uniqueIndex('bidang_unit_slug').on(t.unitId, t.slug)],
);

/** A person who works for the tenant; ASN have an 18-digit NIP, non-ASN (THL) have none. */
export const people = pgTable(
  'people',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    name: text().notNull(),
    nip: text(),
    position: text(),
    email: text(),
    phone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('people_tenant_nip').on(t.tenantId, t.nip).where(sql`${t.nip} is not null`)],
);

/** A decree (SK) that forms or changes publication teams; may cover many units. */
export const decrees = pgTable('decrees', {
  id: uuid().primaryKey().defaultRandom(),
  tenantId: uuid()
    .notNull()
    .references(() => tenants.id),
  unitId: uuid().references(() => units.id),
  number: text().notNull(),
  date: date().notNull(),
  title: text().notNull(),
  signerName: text().notNull(),
  signerPosition: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One role of one person in one unit's team, optionally set by a decree. */
export const teamMembers = pgTable(
  'team_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    personId: uuid()
      .notNull()
      .references(() => people.id),
    role: text().notNull(),
    decreeId: uuid().references(() => decrees.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('team_members_unit_person_role').on(t.unitId, t.personId, t.role), index('team_members_person').on(t.personId)],
);

/**
 * The first columns of every record a unit owns (a request, an objection, a content item, a plan
 * item, an assignment): its id, its tenant and its unit. The tenant is kept beside the unit so a
 * tenant check needs no join into this module's tables. A function: each table needs its own columns.
 */
export function unitOwned() {
  return {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
  };
}
