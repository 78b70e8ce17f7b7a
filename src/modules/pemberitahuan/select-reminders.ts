import type { Queryable } from '../../db/types.ts';
import { listKeberatan } from '../keberatan/list-keberatan.ts';
import { openStatuses as openObjectionStatuses } from '../keberatan/terms.ts';
import { effectiveDueDate } from '../permohonan/deadlines.ts';
import { listPermohonan } from '../permohonan/list-permohonan.ts';
import { openStatuses as openRequestStatuses } from '../permohonan/terms.ts';
import { type ReminderDay, splitByDue } from './reminder-day.ts';

/** One line of the digest: the case number, its running deadline, and its admin screen (`permohonan/…`, `keberatan/…`). */
export type ReminderItem = { number: string; due: string; status: string; adminPath: string; permohonanNumber: string };

export type ReminderDigest = {
  requests: { overdue: ReminderItem[]; dueSoon: ReminderItem[] };
  objections: { overdue: ReminderItem[]; dueSoon: ReminderItem[] };
};

/** True when the digest has nothing to say, so no mail goes out. */
export function isEmptyDigest(d: ReminderDigest): boolean {
  return [d.requests.overdue, d.requests.dueSoon, d.objections.overdue, d.objections.dueSoon].every((list) => list.length === 0);
}

type Candidate = { adminPath: string; number: string; due: string | null; status: string; permohonanNumber: string };

/**
 * A unit's open requests and open objections that are past their deadline or due within the
 * reminder's horizon. Requests run on their extended deadline once granted; objections on the
 * Atasan PPID's 30-working-day answer deadline. Read through the two modules' own list operations.
 */
export async function selectReminders(db: Queryable, unitId: string, timeZone: string, day: ReminderDay): Promise<ReminderDigest> {
  const requests: Candidate[] = [];
  for (const status of openRequestStatuses) {
    const rows = await listPermohonan(db, unitId, timeZone, { status, sort: 'jatuhTempo' });
    requests.push(
      ...rows.map((r) => ({ adminPath: `permohonan/${r.id}`, number: r.number, due: effectiveDueDate(r), status: r.status, permohonanNumber: r.number })),
    );
  }
  const objections: Candidate[] = [];
  for (const status of openObjectionStatuses) {
    const rows = await listKeberatan(db, unitId, timeZone, { status, sort: 'jatuhTempo' });
    objections.push(
      ...rows.map((r) => ({ adminPath: `keberatan/${r.id}`, number: r.number, due: r.dueDate, status: r.status, permohonanNumber: r.permohonanNumber })),
    );
  }
  const items = (list: Candidate[]): ReminderItem[] => list.map((c) => ({ ...c, due: c.due as string }));
  const r = splitByDue(requests, day);
  const o = splitByDue(objections, day);
  return {
    requests: { overdue: items(r.overdue), dueSoon: items(r.dueSoon) },
    objections: { overdue: items(o.overdue), dueSoon: items(o.dueSoon) },
  };
}
