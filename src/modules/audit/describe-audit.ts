import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { actionLabel, actorLabel, entityLabel } from './action-labels.ts';
import { entityNames, nameFromSnapshot } from './entity-names.ts';
import type { auditLog } from './schema.ts';

type AuditRow = typeof auditLog.$inferSelect;

/** An audit row as people read it: the action and the kind of thing in words, and the thing's name or number. */
export type DescribedAudit = AuditRow & { actionLabel: string; actorName: string; entityLabel: string; entityName: string | null };

/** Adds the readable labels and names to a page of audit rows, with one lookup per kind of thing. */
export async function describeAudit(db: Queryable, rows: readonly AuditRow[], lang: Lang): Promise<DescribedAudit[]> {
  const names = await entityNames(db, rows, lang);
  return rows.map((row) => ({
    ...row,
    actionLabel: actionLabel(row.action, lang),
    actorName: actorLabel(row.actorLabel, lang),
    entityLabel: entityLabel(row.entity, lang),
    entityName: (row.entityId ? names.get(`${row.entity}:${row.entityId}`) : undefined) ?? nameFromSnapshot(row.before, row.after),
  }));
}
