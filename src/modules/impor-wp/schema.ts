import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, unitOwned, units } from '../org/schema.ts';

/**
 * One WordPress import of a unit: the export (and uploads zip) kept in the data folder between
 * the dry run and the real run, the admin's mapping and the last report.
 */
export const imporWp = pgTable(
  'impor_wp',
  {
    ...unitOwned(),
    /** The export's `wp:base_site_url`: with a WordPress id, the key that makes a re-import update. */
    siteUrl: text().notNull(),
    siteTitle: text().notNull().default(''),
    hasUploads: integer().notNull().default(0),
    /**
     * diunggah (uploaded) → antre (a dry run or run waits for its job) → berjalan (the job works
     * on it) → diuji (checked: the dry run's report, or a run stopped by row errors before writing),
     * selesai (imported) or gagal (the run stopped; the items it finished stay whole, a new run
     * resumes). See start-import.ts for the transitions.
     */
    status: text().notNull().default('diunggah'),
    /** What the queued or last job does: uji (dry run) or impor (the real run). */
    tugas: text(),
    /** The admin's mapping for the queued or last job. */
    mapping: jsonb(),
    /** The language the report is written in (the requester's). */
    bahasa: text().notNull().default('id'),
    /** Who asked for the queued or last job: its writes are theirs. */
    dijalankanOleh: uuid(),
    /** Counts so far while the job runs (ImportProgress in progress.ts); the resume point after a restart. */
    progres: jsonb(),
    /** Message key of why the last run stopped (status gagal). */
    galat: text(),
    /** While running: the job holds the import until then and renews it with each item; past it, a new job may take over. */
    leaseUntil: timestamp({ withTimezone: true }),
    report: jsonb(),
    createdBy: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('impor_wp_unit').on(t.unitId, t.createdAt)],
);

/** What each imported WordPress object became in Warta, so a re-import updates it instead of adding another. */
export const imporWpObjek = pgTable(
  'impor_wp_objek',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    /** The unit the import was made into: a re-import into another unit makes new items there. */
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    siteUrl: text().notNull(),
    /** `post:12` (posts, pages and attachments share WordPress's id sequence) or `file:2026/12/foto.jpg` for an image used by address only. */
    wpKey: text().notNull(),
    wpType: text().notNull(),
    guid: text().notNull().default(''),
    /** konten or media. */
    entity: text().notNull(),
    entityId: uuid().notNull(),
    imporId: uuid().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('impor_wp_objek_key').on(t.unitId, t.siteUrl, t.wpKey)],
);

/**
 * An address of the old WordPress site and the page of the unit it moved to: the public site
 * answers 301 with it before it would answer 404. `oldPath` is normalised (decoded segments,
 * no trailing slash; `/?p=12` for query addresses).
 */
export const imporWpAlamat = pgTable(
  'impor_wp_alamat',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    oldPath: text().notNull(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    /** Path below the unit's prefix, e.g. `berita/umum/judul-berita`. */
    targetPath: text().notNull(),
    siteUrl: text().notNull(),
    wpId: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('impor_wp_alamat_old').on(t.tenantId, t.oldPath)],
);
