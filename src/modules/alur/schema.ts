import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One history for every workflow (requests, objections, content, assignments): each status change
 * is one step, written by `Alur.move` in the same transaction as the change and its audit row.
 * `entity` names the workflow; `entityId` is the row of that workflow's own table.
 */
export const alurRiwayat = pgTable(
  'alur_riwayat',
  {
    // An identity, not a random id: steps written in one instant still read back in the order written.
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    fromStatus: text(),
    toStatus: text().notNull(),
    actorUserId: uuid(),
    actorLabel: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    note: text(),
  },
  (t) => [index('alur_riwayat_entity').on(t.entity, t.entityId, t.id)],
);
