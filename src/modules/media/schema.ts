import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { tenants, units } from '../org/schema.ts';

/** What a media item is, decided from its content: a photo, a video or a document. */
export type MediaKind = 'foto' | 'video' | 'dokumen';

/**
 * Where a file stands after its upload: `menunggu` (queued for the job), `siap` (ready),
 * `tidak_diproses` (kept as sent because the tool is missing: a video without ffmpeg),
 * `gagal` (the content could not be decoded).
 */
export type MediaState = 'menunggu' | 'siap' | 'tidak_diproses' | 'gagal';

/** One responsive copy of an image (or of a video's poster frame). */
export type Derivative = { width: number; format: 'webp' | 'jpeg'; key: string; bytes: number; etag: string };

/**
 * A photo, video or document of a unit's media library. The file lives in the media storage
 * (folder or S3) under `storageKey`; images carry their responsive copies in `derivatives`. The
 * id is the tus upload's id, so a finished upload and its row share one name.
 */
export const media = pgTable(
  'media',
  {
    id: uuid().primaryKey(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    kind: text().$type<MediaKind>().notNull(),
    /** The name it was uploaded under (cleaned); shown, never used as a path. */
    originalName: text().notNull(),
    /** The media type recognised from the content, never the browser's claim. */
    mediaType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    width: integer(),
    height: integer(),
    durationSeconds: real(),
    storageKey: text(),
    derivatives: jsonb().$type<Derivative[]>().notNull().default([]),
    altText: text().notNull().default(''),
    caption: text().notNull().default(''),
    credit: text().notNull().default(''),
    /** FBS item 8: shows people who did not consent, or minors; an editor decides before use. */
    privacy: boolean().notNull().default(false),
    tags: text().array().notNull().default([]),
    state: text().$type<MediaState>().notNull().default('menunggu'),
    /** Why processing stopped short (a code from the catalogue, shown in words). */
    stateNote: text(),
    uploadedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('media_tenant_unit_created').on(t.tenantId, t.unitId, t.createdAt.desc()),
    index('media_tags').using('gin', t.tags),
    index('media_fts').using('gin', sql`to_tsvector('simple', ${t.originalName} || ' ' || ${t.altText} || ' ' || ${t.caption})`),
  ],
);

export type MediaRow = typeof media.$inferSelect;

/**
 * Where a media item is used: written only through `setMediaUsage` by the module that owns the
 * entity (a news item), so "where used" and public serving read one table.
 */
export const mediaUsage = pgTable(
  'media_usage',
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    mediaId: uuid()
      .notNull()
      .references(() => media.id),
    /** The entity is public (a published item): its media may be served to anyone. */
    isPublic: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId, t.mediaId] }), index('media_usage_media').on(t.mediaId)],
);

/** The largest upload per kind a tenant's admin allows; a missing row means the defaults. */
export const mediaLimits = pgTable('media_limits', {
  tenantId: uuid()
    .primaryKey()
    .references(() => tenants.id),
  fotoMaxBytes: bigint({ mode: 'number' }).notNull(),
  videoMaxBytes: bigint({ mode: 'number' }).notNull(),
  dokumenMaxBytes: bigint({ mode: 'number' }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
