import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { listStepsWhere } from '../alur/list-steps.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { PERMOHONAN } from '../permohonan/history.ts';
import { permohonan } from '../permohonan/schema.ts';
import type { Channel, RefusalGround, RequesterType, Status } from '../permohonan/terms.ts';
import type { Period } from './period.ts';
import type { HistoryStep } from './status-as-of.ts';

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
  /** Receipt and decision dates in the tenant's zone, as the database converts them. */
  receivedDay: string;
  decidedDay: string | null;
  refusalGround: RefusalGround | null;
  informationDetails: string;
  /** The answer's due date and the extended one, as recorded now (recounted when the calendar changes). */
  dueDate: string | null;
  extendedDueDate: string | null;
};

/** Which units a report covers: one unit, or every unit of the tenant. */
export type Scope = { tenantId: string; unitId: string | null };

/** A timestamp's local date (YYYY-MM-DD) in a zone, computed by the database for every row at once. */
export const localDay = (column: typeof permohonan.receivedAt | typeof permohonan.decidedAt, timeZone: string) =>
  sql<string>`to_char(timezone(${timeZone}, ${column}), 'YYYY-MM-DD')`;

/** The rows received within the period: receipt date in the tenant's zone, both ends inclusive. */
export const receivedWithin = (period: Period, timeZone: string) =>
  sql`(timezone(${timeZone}, ${permohonan.receivedAt}))::date between ${period.dari}::date and ${period.sampai}::date`;

const inScope = (scope: Scope, period: Period, timeZone: string) =>
  and(eq(permohonan.tenantId, scope.tenantId), scope.unitId ? eq(permohonan.unitId, scope.unitId) : undefined, receivedWithin(period, timeZone));

// The report reads the request register directly (read-only): it is a view over the permohonan
// module's rows, and that module has no aggregate operation to offer. Nothing here writes there.
/** The requests of a scope received within the period, by receipt date in the tenant's zone. */
export async function loadRequestFacts(db: Queryable, scope: Scope, period: Period, timeZone: string): Promise<RequestFacts[]> {
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
      receivedDay: localDay(permohonan.receivedAt, timeZone),
      decidedDay: localDay(permohonan.decidedAt, timeZone),
      decision: permohonan.decision,
      informationDetails: permohonan.informationDetails,
      dueDate: permohonan.dueDate,
      extendedDueDate: permohonan.extendedDueDate,
    })
    .from(permohonan)
    .where(inScope(scope, period, timeZone))
    .orderBy(asc(permohonan.receivedAt), asc(permohonan.number));
  return rows.map(({ decision, ...r }) => ({
    ...r,
    channel: r.channel as Channel,
    requesterType: r.requesterType as RequesterType,
    status: r.status as Status,
    refusalGround: decision?.kind === 'ditolak' ? decision.dasar : null,
  }));
}

/**
 * The case-history steps of the same requests, grouped by request, each with its local date: what
 * the report rebuilds a request's status on a past date from (status-as-of.ts). Oldest first by the
 * step's time, then by the order written, as the history was always read for the report: a step
 * recorded afterwards with an earlier date (an extension entered late) still counts on its date.
 */
export async function loadHistorySteps(db: Queryable, scope: Scope, period: Period, timeZone: string): Promise<Map<string, HistoryStep[]>> {
  const ids = db
    .select({ id: permohonan.id })
    .from(permohonan)
    .where(inScope(scope, period, timeZone));
  const byRequest = new Map<string, HistoryStep[]>();
  for (const [id, steps] of await listStepsWhere(db, PERMOHONAN, ids)) {
    const byTime = [...steps].sort((a, b) => a.at.getTime() - b.at.getTime());
    byRequest.set(
      id,
      byTime.map((s) => ({ permohonanId: id, toStatus: s.toStatus as Status, day: localDateOf(s.at, timeZone) })),
    );
  }
  return byRequest;
}
