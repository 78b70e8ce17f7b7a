import { and, asc, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
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
  /**
   * Still open and its running deadline has passed in the tenant's zone: not answered in time
   * (UU 14/2008 Pasal 22(7)–(8)), an objection ground of Pasal 35(1) c.
   */
  overdue: boolean;
};

/**
 * `q` finds a request by part of its number or of the requester's name (neither case nor the
 * characters % and _ matter); `sort=jatuhTempo` puts the soonest running deadline first.
 */
export type ListOptions = { status?: Status; q?: string; sort: 'jatuhTempo' | 'diterima' };

/** A search text as a LIKE pattern that matches it literally anywhere. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A unit's requests without the requesters' personal data (that view is audited separately; a
 * name may be searched for but is not returned): by running due date, soonest first and unknown
 * last, or newest received first; each marked overdue.
 */
export async function listPermohonan(db: Queryable, unitId: string, timeZone: string, opts: ListOptions, now = new Date()): Promise<PermohonanListItem[]> {
  const running = sql`coalesce(${permohonan.extendedDueDate}, ${permohonan.dueDate})`;
  const conditions: SQL[] = [eq(permohonan.unitId, unitId)];
  if (opts.status) conditions.push(eq(permohonan.status, opts.status));
  const q = opts.q?.trim();
  if (q) conditions.push(or(ilike(permohonan.number, containing(q)), ilike(permohonan.requesterName, containing(q))) as SQL);
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
    .where(and(...conditions))
    .orderBy(...order);
  const today = todayIn(timeZone, now);
  return rows.map((r) => {
    const due = effectiveDueDate(r);
    const status = r.status as Status;
    return { ...r, status, overdue: openStatuses.includes(status) && due !== null && due < today };
  });
}
