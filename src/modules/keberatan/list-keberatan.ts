import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import { keberatan, sengketa } from './schema.ts';
import { type Ground, openStatuses, type Status, type Verdict } from './terms.ts';

export type KeberatanListItem = {
  id: string;
  number: string;
  permohonanNumber: string;
  status: Status;
  grounds: Ground[];
  receivedAt: Date;
  dueDate: string | null;
  decidedAt: Date | null;
  verdict: Verdict | null;
  /** Registered by staff after the filing deadline, with a note. */
  filedLate: boolean;
  /** The stage of the dispute at the Komisi Informasi, if the objection led to one. */
  disputeStage: string | null;
  /** Still open and the Atasan PPID's answer deadline has passed in the tenant's zone. */
  overdue: boolean;
};

export type ListOptions = { status?: Status; sort: 'jatuhTempo' | 'diterima' };

/**
 * The register of a unit's objections without personal data: by answer due date, soonest first
 * and unknown last, or newest received first.
 */
export async function listKeberatan(db: Queryable, unitId: string, timeZone: string, opts: ListOptions, now = new Date()): Promise<KeberatanListItem[]> {
  const where = opts.status ? and(eq(keberatan.unitId, unitId), eq(keberatan.status, opts.status)) : eq(keberatan.unitId, unitId);
  const order = opts.sort === 'jatuhTempo' ? [sql`${keberatan.dueDate} asc nulls last`, asc(keberatan.receivedAt)] : [desc(keberatan.receivedAt)];
  const rows = await db
    .select({
      id: keberatan.id,
      number: keberatan.number,
      permohonanNumber: keberatan.permohonanNumber,
      status: keberatan.status,
      grounds: keberatan.grounds,
      receivedAt: keberatan.receivedAt,
      dueDate: keberatan.dueDate,
      decidedAt: keberatan.decidedAt,
      decision: keberatan.decision,
      lateNote: keberatan.lateNote,
      disputeStage: sengketa.stage,
    })
    .from(keberatan)
    .leftJoin(sengketa, eq(sengketa.keberatanId, keberatan.id))
    .where(where)
    .orderBy(...order);
  const today = localDateOf(now, timeZone);
  return rows.map(({ decision, lateNote, ...r }) => {
    const status = r.status as Status;
    return {
      ...r,
      status,
      verdict: decision?.putusan ?? null,
      filedLate: lateNote !== null,
      overdue: openStatuses.includes(status) && r.dueDate !== null && r.dueDate < today,
    };
  });
}
