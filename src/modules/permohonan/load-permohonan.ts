import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { type CaseStep, caseHistory } from '../alur/case-history.ts';
import { PERMOHONAN } from './history.ts';
import { permohonan } from './schema.ts';

export type Permohonan = typeof permohonan.$inferSelect;
/** One step of a request's case history, as the admin and the API have always shown it. */
export type HistoryEntry = CaseStep<'permohonanId'>;

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
  return caseHistory(db, PERMOHONAN, permohonanId, 'permohonanId');
}
