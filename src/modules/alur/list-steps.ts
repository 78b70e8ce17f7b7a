import { and, asc, eq, inArray, type SQLWrapper } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { alurRiwayat } from './schema.ts';

export type HistoryStep = typeof alurRiwayat.$inferSelect;

/** One row's history, oldest step first. */
export async function listSteps(db: Queryable, entity: string, entityId: string): Promise<HistoryStep[]> {
  return db
    .select()
    .from(alurRiwayat)
    .where(and(eq(alurRiwayat.entity, entity), eq(alurRiwayat.entityId, entityId)))
    .orderBy(asc(alurRiwayat.id));
}

/** The histories of many rows of one workflow, oldest step first, grouped by row id. */
export async function listStepsOf(db: Queryable, entity: string, entityIds: readonly string[]): Promise<Map<string, HistoryStep[]>> {
  const byId = new Map<string, HistoryStep[]>();
  if (entityIds.length === 0) return byId;
  const rows = await db
    .select()
    .from(alurRiwayat)
    .where(and(eq(alurRiwayat.entity, entity), inArray(alurRiwayat.entityId, [...entityIds])))
    .orderBy(asc(alurRiwayat.id));
  for (const row of rows) byId.set(row.entityId, [...(byId.get(row.entityId) ?? []), row]);
  return byId;
}

/**
 * The histories of the rows a query selects (a select of one id column), oldest step first,
 * grouped by row id: for readers of many rows at once, such as a report, whose ids are too many
 * to send as a list.
 */
export async function listStepsWhere(db: Queryable, entity: string, entityIds: SQLWrapper): Promise<Map<string, HistoryStep[]>> {
  const rows = await db
    .select()
    .from(alurRiwayat)
    .where(and(eq(alurRiwayat.entity, entity), inArray(alurRiwayat.entityId, entityIds)))
    .orderBy(asc(alurRiwayat.id));
  const byId = new Map<string, HistoryStep[]>();
  for (const row of rows) {
    const steps = byId.get(row.entityId);
    if (steps) steps.push(row);
    else byId.set(row.entityId, [row]);
  }
  return byId;
}
