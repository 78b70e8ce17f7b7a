import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Channel, RefusalGround, RequesterType, Status } from '../permohonan/terms.ts';
import type { Period } from './period.ts';

/** The facts of one request a report counts; never the requester's personal data. */
export type RequestFacts = {
  id: string;
  number: string;
  unitId: string;
  channel: Channel;
  requesterType: RequesterType;
  status: Status;
  receivedAt: Date;
  decidedAt: Date | null;
  refusalGround: RefusalGround | null;
  informationDetails: string;
};

/** Which units a report covers: one unit, or every unit of the tenant. */
export type Scope = { tenantId: string; unitId: string | null };

// The report reads the request register directly (read-only): it is a view over the permohonan
// module's rows, and that module has no aggregate operation to offer. Nothing here writes there.
async function selectFacts(db: Queryable, scope: Scope, filter: SQL): Promise<RequestFacts[]> {
  const rows = await db
    .select({
      id: permohonan.id,
      number: permohonan.number,
      unitId: permohonan.unitId,
      channel: permohonan.channel,
      requesterType: permohonan.requesterType,
      status: permohonan.status,
      receivedAt: permohonan.receivedAt,
      decidedAt: permohonan.decidedAt,
      decision: permohonan.decision,
      informationDetails: permohonan.informationDetails,
    })
    .from(permohonan)
    .where(and(eq(permohonan.tenantId, scope.tenantId), scope.unitId ? eq(permohonan.unitId, scope.unitId) : undefined, filter))
    .orderBy(asc(permohonan.receivedAt), asc(permohonan.number));
  return rows.map(({ decision, ...r }) => ({
    ...r,
    channel: r.channel as Channel,
    requesterType: r.requesterType as RequesterType,
    status: r.status as Status,
    refusalGround: decision?.kind === 'ditolak' ? decision.dasar : null,
  }));
}

/** The requests of a scope received within the period, by receipt date in the tenant's zone. */
export function loadRequestFacts(db: Queryable, scope: Scope, period: Period, timeZone: string): Promise<RequestFacts[]> {
  const receivedDay = sql`(timezone(${timeZone}, ${permohonan.receivedAt}))::date`;
  return selectFacts(db, scope, sql`${receivedDay} between ${period.dari}::date and ${period.sampai}::date`);
}

/** The requests of a scope with these ids (a cell another module fills, like disputes). */
export async function loadFactsByIds(db: Queryable, scope: Scope, ids: readonly string[]): Promise<RequestFacts[]> {
  if (ids.length === 0) return [];
  return selectFacts(db, scope, inArray(permohonan.id, [...ids]));
}
