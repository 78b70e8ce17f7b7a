import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
