import type { Queryable } from '../../db/types.ts';
import { type HistoryStep, listSteps } from './list-steps.ts';

/**
 * A history step as a case's screens and API show it: the id as text and the row's id under the
 * workflow's own name (`permohonanId`, `keberatanId`), as each had it before the one history.
 */
export type CaseStep<K extends string> = { [P in K]: string } & Omit<HistoryStep, 'id' | 'entity' | 'entityId'> & { id: string };

/** A row's history, oldest step first, shaped as a case history (see `CaseStep`). */
export async function caseHistory<K extends string>(db: Queryable, entity: string, entityId: string, idKey: K): Promise<CaseStep<K>[]> {
  return (await listSteps(db, entity, entityId)).map(
    ({ id, entity: _entity, entityId: rowId, ...step }) => ({ id: String(id), [idKey]: rowId, ...step }) as CaseStep<K>,
  );
}
