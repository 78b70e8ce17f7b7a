import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { keberatan, sengketa } from '../keberatan/schema.ts';
import type { DisputeStage } from '../keberatan/terms.ts';
import type { Scope } from './load-rows.ts';
import type { Period } from './period.ts';

/** One dispute a report counts: its Komisi Informasi number, stage and the request it is about. */
export type SengketaRow = {
  id: string;
  unitId: string;
  kiRegistrationNumber: string;
  registeredOn: string;
  stage: DisputeStage;
  rulingOn: string | null;
  compliance: string | null;
  keberatanNumber: string;
  permohonanId: string;
  permohonanNumber: string;
};

// The report reads the dispute table of the keberatan module directly (read-only), as it reads the
// request register: a count over rows, nothing the keberatan module's operations would add to.
/** The disputes of a scope registered at the Komisi Informasi within the period, oldest first. */
export async function loadSengketa(db: Queryable, scope: Scope, period: Period): Promise<SengketaRow[]> {
  const rows = await db
    .select({
      id: sengketa.id,
      unitId: sengketa.unitId,
      kiRegistrationNumber: sengketa.kiRegistrationNumber,
      registeredOn: sengketa.registeredOn,
      stage: sengketa.stage,
      rulingOn: sengketa.rulingOn,
      compliance: sengketa.compliance,
      keberatanNumber: keberatan.number,
      permohonanId: keberatan.permohonanId,
      permohonanNumber: keberatan.permohonanNumber,
    })
    .from(sengketa)
    .innerJoin(keberatan, eq(keberatan.id, sengketa.keberatanId))
    .where(
      and(
        eq(sengketa.tenantId, scope.tenantId),
        scope.unitId ? eq(sengketa.unitId, scope.unitId) : undefined,
        sql`${sengketa.registeredOn} between ${period.dari}::date and ${period.sampai}::date`,
      ),
    )
    .orderBy(asc(sengketa.registeredOn), asc(sengketa.kiRegistrationNumber));
  return rows.map((r) => ({ ...r, stage: r.stage as DisputeStage }));
}

/** Whether a dispute is in a `sengketa` cell: all of them, or those at one stage. */
export function sengketaMatches(row: SengketaRow, stage: DisputeStage | undefined): boolean {
  return stage === undefined || row.stage === stage;
}
