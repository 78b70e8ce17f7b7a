import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { type HistoryStep, listSteps } from '../alur/list-steps.ts';
import { PERMOHONAN } from './history.ts';
import { permohonan } from './schema.ts';

export type Permohonan = typeof permohonan.$inferSelect;
/** One step of a request's case history, as the admin and the API have always shown it. */
export type HistoryEntry = {
  id: string;
  permohonanId: string;
  fromStatus: string | null;
  toStatus: string;
  actorUserId: string | null;
  actorLabel: string;
  at: Date;
  note: string | null;
};

/** A request of the tenant, or 404; `lock` holds it until the transaction ends. */
export async function permohonanInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<Permohonan> {
  const query = db
    .select()
    .from(permohonan)
    .where(and(eq(permohonan.id, id), eq(permohonan.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}

/** A request's case history, oldest first. */
export async function historyOf(db: Queryable, permohonanId: string): Promise<HistoryEntry[]> {
  return (await listSteps(db, PERMOHONAN, permohonanId)).map(asEntry);
}

function asEntry({ id, entity: _entity, entityId, ...step }: HistoryStep): HistoryEntry {
  return { id: String(id), permohonanId: entityId, ...step };
}
