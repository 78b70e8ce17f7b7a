import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { effectiveDueDate, todayIn } from './deadlines.ts';
import { permohonan } from './schema.ts';
import { openStatuses, type Status } from './terms.ts';

export type PermohonanListItem = {
  id: string;
  number: string;
  status: Status;
  channel: string;
  requesterType: string;
  informationDetails: string;
  receivedAt: Date;
  dueDate: string | null;
  extendedDueDate: string | null;
  decidedAt: Date | null;
  /** Still open and its running deadline has passed in the tenant's zone. */
  overdue: boolean;
};

export type ListOptions = { status?: Status; sort: 'jatuhTempo' | 'diterima' };

/**
 * A unit's requests without the requesters' personal data (that view is audited separately):
 * by running due date, soonest first and unknown last, or newest received first.
 */
export async function listPermohonan(db: Queryable, unitId: string, timeZone: string, opts: ListOptions, now = new Date()): Promise<PermohonanListItem[]> {
  const running = sql`coalesce(${permohonan.extendedDueDate}, ${permohonan.dueDate})`;
  const where = opts.status ? and(eq(permohonan.unitId, unitId), eq(permohonan.status, opts.status)) : eq(permohonan.unitId, unitId);
  const order = opts.sort === 'jatuhTempo' ? [sql`${running} asc nulls last`, asc(permohonan.receivedAt)] : [desc(permohonan.receivedAt)];
  const rows = await db
    .select({
      id: permohonan.id,
      number: permohonan.number,
      status: permohonan.status,
      channel: permohonan.channel,
      requesterType: permohonan.requesterType,
      informationDetails: permohonan.informationDetails,
      receivedAt: permohonan.receivedAt,
      dueDate: permohonan.dueDate,
      extendedDueDate: permohonan.extendedDueDate,
      decidedAt: permohonan.decidedAt,
    })
    .from(permohonan)
    .where(where)
    .orderBy(...order);
  const today = todayIn(timeZone, now);
  return rows.map((r) => {
    const due = effectiveDueDate(r);
    const status = r.status as Status;
    return { ...r, status, overdue: openStatuses.includes(status) && due !== null && due < today };
  });
}
