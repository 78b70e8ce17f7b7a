import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { defineAlur } from '../alur/define-alur.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { OrgActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { KEBERATAN } from './history.ts';
import { type Keberatan, keberatanInTenant } from './load-keberatan.ts';
import { keberatan } from './schema.ts';
import type { Decision, Status } from './terms.ts';

/**
 * The one table of allowed status changes. The PPID takes an objection up, the Atasan PPID
 * decides it; the requester may withdraw it while it is open. Final statuses lead nowhere.
 */
export const allowedTransitions: Record<Status, readonly Status[]> = {
  terdaftar: ['diproses', 'ditarik'],
  diproses: ['diputus', 'ditarik'],
  diputus: [],
  ditarik: [],
};

/**
 * The objections' workflow: that table; the Atasan PPID decides (`keberatan.decide`), the PPID
 * takes up and withdraws (`keberatan.process`), on the objection's unit. The written answer a
 * decision needs is checked by the write itself, after the role and the table, as before.
 */
export const keberatanAlur = defineAlur<Status>({
  entity: KEBERATAN,
  transitions: allowedTransitions,
  may: (to) => (to === 'diputus' ? 'keberatan.decide' : 'keberatan.process'),
  refusedKey: 'keberatan.transition_refused',
});

/** A requested status change with what it needs; `alasan` of a process or withdrawal is the history note. */
export type TransitionInput =
  | { ke: 'diproses' | 'ditarik'; alasan?: string | null }
  | { ke: 'diputus'; putusan: 'dikabulkan'; tanggal: string; tanggapan: string; perintah: string }
  | { ke: 'diputus'; putusan: 'ditolak'; tanggal: string; tanggapan: string; alasan: string };

/** Whether the table allows `from` → `to`. */
export function canTransition(from: Status, to: Status): boolean {
  return keberatanAlur.canTransition(from, to);
}

/**
 * Moves an objection to another status: the only place a status changes. Checks the tenant, the
 * role (the Atasan PPID decides, `keberatan.decide`; the PPID processes, `keberatan.process`), the
 * current status against the table and the written answer; writes the objection, and through
 * `keberatanAlur.move` its history step and an audit row, in one transaction.
 */
export async function transitionKeberatan(services: Services, user: SessionUser, actor: OrgActor, id: string, input: TransitionInput): Promise<Keberatan> {
  return inTransaction(services.db, async (tx) => {
    const row = await keberatanInTenant(tx, user.tenantId, id, { lock: true });
    const from = row.status as Status;
    const move = { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to: input.ke, ctx: undefined };
    return keberatanAlur.move(tx, { ...move, before: { status: from, dueDate: row.dueDate } }, async (now) => {
      const changes: Partial<Keberatan> = { status: input.ke, updatedAt: now };
      let note = input.ke === 'diputus' ? null : input.alasan?.trim() || null;
      if (input.ke === 'diputus') {
        const { timeZone } = await getTenant(tx, row.tenantId);
        changes.decision = writtenAnswer(input, localDateOf(row.receivedAt, timeZone), localDateOf(now, timeZone));
        changes.decidedAt = now;
        note = changes.decision.putusan === 'dikabulkan' ? changes.decision.perintah : changes.decision.alasan;
      }
      await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'register' });
      const [updated] = await tx.update(keberatan).set(changes).where(eq(keberatan.id, row.id)).returning();
      return { result: updated!, after: { status: input.ke, decision: updated!.decision, note }, note };
    });
  });
}

/** The Atasan PPID's written answer, dated between the objection's receipt and today. */
function writtenAnswer(input: Extract<TransitionInput, { ke: 'diputus' }>, receivedDate: string, today: string): Decision {
  if (input.tanggal < receivedDate || input.tanggal > today)
    throw new AppError('invalid', 'keberatan.answer_date_range', 'tanggal', { from: receivedDate, to: today });
  const tanggapan = input.tanggapan.trim();
  if (!tanggapan) throw new AppError('invalid', 'keberatan.invalid.tanggapan', 'tanggapan');
  if (input.putusan === 'dikabulkan') {
    const perintah = input.perintah.trim();
    if (!perintah) throw new AppError('invalid', 'keberatan.order_required', 'perintah');
    return { putusan: 'dikabulkan', tanggal: input.tanggal, tanggapan, perintah };
  }
  const alasan = input.alasan.trim();
  if (!alasan) throw new AppError('invalid', 'keberatan.reasons_required', 'alasan');
  return { putusan: 'ditolak', tanggal: input.tanggal, tanggapan, alasan };
}
