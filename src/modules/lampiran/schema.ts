import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../org/schema.ts';

/** PostgreSQL `bytea`; PGlite answers a Uint8Array and node-postgres a Buffer, both read as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * A file or a link attached to something another module owns: the decision of an information
 * request (`permohonan`) or an item of the information list (`informasi`). The owner is named by
 * kind and id, without a foreign key, so one table serves every owner; the owning module checks
 * who may see and change them. A file's media type is the one recognised from its content.
 */
export const lampiran = pgTable(
  'lampiran',
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenants.id),
    ownerKind: text().notNull(),
    ownerId: uuid().notNull(),
    /** `file` or `link`. */
    kind: text().notNull(),
    title: text().notNull(),
    /** Files: the name it is downloaded under (cleaned, with the extension of its real type). */
    fileName: text(),
    mediaType: text(),
    size: integer(),
    sha256: text(),
    /** Links: the http(s) address. */
    url: text(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lampiran_owner').on(t.ownerKind, t.ownerId, t.createdAt)],
);

/**
 * The bytes of each file attachment, apart from its description so lists never load them. Kept in
 * the database so a backup holds them and several processes on PostgreSQL share them.
 */
export const lampiranIsi = pgTable('lampiran_isi', {
  lampiranId: uuid()
    .primaryKey()
    .references(() => lampiran.id, { onDelete: 'cascade' }),
  bytes: bytea().notNull(),
});

export type LampiranRow = typeof lampiran.$inferSelect;
