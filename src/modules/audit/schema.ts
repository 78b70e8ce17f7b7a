import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every state change. Each row carries the hash of the previous row, so a
 * changed or removed row breaks the chain; a trigger refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    tenantId: uuid(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
    actorLabel: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index('audit_log_tenant_at').on(t.tenantId, t.at), index('audit_log_entity').on(t.entity, t.entityId)],
);

/**
 * Recorded heads of the audit chain (row count, last id and hash, with an HMAC), written every few
 * minutes and at shutdown: a chain cut short below an anchor no longer reaches it. Append-only
 * like the log (its own trigger); the latest head is also kept in a file outside the database.
 */
export const auditAnchors = pgTable('audit_anchors', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  at: timestamp({ withTimezone: true }).notNull(),
  rows: bigint({ mode: 'number' }).notNull(),
  lastId: bigint({ mode: 'number' }).notNull(),
  lastHash: text().notNull(),
  mac: text().notNull(),
});
