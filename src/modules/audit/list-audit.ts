import { and, desc, eq, gte, ilike, lt, lte, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { auditLog } from './schema.ts';

export type AuditFilter = {
  tenantId: string;
  entity?: string;
  entityId?: string;
  action?: string;
  actor?: string;
  from?: Date;
  to?: Date;
  /** Rows with an id below this, for paging back through history. */
  before?: number;
  limit: number;
};

/** Audit rows of one tenant, newest first, filtered by entity, action, actor and time. */
export async function listAudit(db: Queryable, f: AuditFilter) {
  const where: SQL[] = [eq(auditLog.tenantId, f.tenantId)];
  if (f.entity) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(ilike(auditLog.action, `${f.action.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.actor) where.push(ilike(auditLog.actorLabel, `%${f.actor.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.to) where.push(lte(auditLog.at, f.to));
  if (f.before) where.push(lt(auditLog.id, f.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
  return { items: rows.slice(0, f.limit), nextBefore: rows.length > f.limit ? rows[f.limit - 1]?.id : null };
}
