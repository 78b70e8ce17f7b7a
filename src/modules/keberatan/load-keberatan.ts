import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { type CaseStep, caseHistory } from '../alur/case-history.ts';
import { KEBERATAN } from './history.ts';
import { keberatan, sengketa } from './schema.ts';

export type Keberatan = typeof keberatan.$inferSelect;
/** One step of an objection's case history, as the admin and the API have always shown it. */
export type HistoryEntry = CaseStep<'keberatanId'>;

export type Sengketa = typeof sengketa.$inferSelect;

/** An objection of the tenant, or 404; `lock` holds it until the transaction ends. */
export async function keberatanInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<Keberatan> {
  const query = db
    .select()
    .from(keberatan)
    .where(and(eq(keberatan.id, id), eq(keberatan.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}

/** An objection's case history, oldest first. */
export async function historyOf(db: Queryable, keberatanId: string): Promise<HistoryEntry[]> {
  return caseHistory(db, KEBERATAN, keberatanId, 'keberatanId');
}

/** The dispute an objection led to, if any. */
export async function disputeOf(db: Queryable, keberatanId: string): Promise<Sengketa | null> {
  const [row] = await db.select().from(sengketa).where(eq(sengketa.keberatanId, keberatanId));
  return row ?? null;
}

/** A dispute of the tenant, or 404; `lock` holds it until the transaction ends. */
export async function sengketaInTenant(db: Queryable, tenantId: string, id: string, opts: { lock?: boolean } = {}): Promise<Sengketa> {
  const query = db
    .select()
    .from(sengketa)
    .where(and(eq(sengketa.id, id), eq(sengketa.tenantId, tenantId)));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}
