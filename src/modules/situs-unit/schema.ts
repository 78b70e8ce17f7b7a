import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, units } from '../org/schema.ts';

/** A site's social accounts, each a validated https address or absent. */
export type SocialLinks = Partial<Record<'facebook' | 'instagram' | 'x' | 'youtube' | 'tiktok', string>>;

/**
 * The settings of one public site: a unit's (unitId set) or the pemda's root site (unitId null).
 * Address, phone and e-mail fall back to the unit's own record while a unit has not set them here.
 */
export const situsPengaturan = pgTable(
  'situs_pengaturan',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    unitId: uuid().references(() => units.id),
    /** A photo of the tenant's media library (it is marked used, public, by this site). */
    logoMediaId: uuid(),
    /** The accent colour as chosen (`#rrggbb`); the one used is computed from it for contrast. */
    accentColor: text(),
    address: text(),
    openingHours: text(),
    mapUrl: text(),
    email: text(),
    phone: text(),
    complaintUrl: text(),
    elearningUrl: text(),
    social: jsonb().$type<SocialLinks>().notNull().default({}),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid(),
  },
  (t) => [
    uniqueIndex('situs_pengaturan_unit').on(t.unitId).where(sql`${t.unitId} is not null`),
    uniqueIndex('situs_pengaturan_tenant_root').on(t.tenantId).where(sql`${t.unitId} is null`),
  ],
);
