import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { defineAlur } from '../alur/define-alur.ts';
import type { OrgActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { deadlineCalendar, extendedDeadline, todayIn } from './deadlines.ts';
import { decisionInstant } from './decision-date.ts';
import { PERMOHONAN } from './history.ts';
import { type Permohonan, permohonanInTenant } from './load-permohonan.ts';
import { permohonan } from './schema.ts';
import type { Decision, RefusalGround, Status } from './terms.ts';

/**
 * The one table of allowed status changes. A request is processed, at most once extended, then
 * decided; it can be withdrawn or forwarded while open. Final statuses lead nowhere.
 */
export const allowedTransitions: Record<Status, readonly Status[]> = {
  terdaftar: ['diproses', 'ditarik', 'diteruskan'],
  diproses: ['diperpanjang', 'dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'],
  diperpanjang: ['dikabulkan_seluruhnya', 'dikabulkan_sebagian', 'ditolak', 'ditarik', 'diteruskan'],
  dikabulkan_seluruhnya: [],
  dikabulkan_sebagian: [],
  ditolak: [],
  ditarik: [],
  diteruskan: [],
};

/**
 * The requests' workflow: that table, with every move needing `permohonan.process` on the
 * request's unit. What a move needs besides (reasons, decision, notice date) is checked by the
 * write itself, after the role and the table, as before.
 */
export const permohonanAlur = defineAlur<Status>({
  entity: PERMOHONAN,
  transitions: allowedTransitions,
  may: () => 'permohonan.process',
  refusedKey: 'permohonan.transition_refused',
});

/** The date of a final status's written notice (YYYY-MM-DD, tenant's zone); today when omitted. */
type NoticeDate = { tanggal?: string | null };

/** A requested status change with what that change needs; `alasan` is the note in the history. */
export type TransitionInput =
  | { ke: 'diproses'; alasan?: string | null }
  | ({ ke: 'dikabulkan_seluruhnya' | 'ditarik'; alasan?: string | null } & NoticeDate)
  | { ke: 'diperpanjang'; alasan: string }
  | ({ ke: 'dikabulkan_sebagian'; bagian: Array<{ bagian: string; alasan: string }>; alasan?: string | null } & NoticeDate)
  | ({ ke: 'ditolak'; dasar: RefusalGround; pemegang?: string | null; alasan?: string | null } & NoticeDate)
  | ({ ke: 'diteruskan'; tujuan: string; alasan?: string | null } & NoticeDate);

/** Whether the table allows `from` → `to`. */
export function canTransition(from: Status, to: Status): boolean {
  return permohonanAlur.canTransition(from, to);
}

/**
 * Moves a request to another status: the only place a status changes. Checks the tenant, the
 * role (`permohonan.process` on the request's unit), the current status against the table and
 * what the target needs (a decision may carry its notice's date, see decision-date.ts); writes the
 * request, and through `permohonanAlur.move` its history step and an audit row, in one transaction.
 */
export async function transitionPermohonan(services: Services, user: SessionUser, actor: OrgActor, id: string, input: TransitionInput): Promise<Permohonan> {
  return inTransaction(services.db, async (tx) => {
    const row = await permohonanInTenant(tx, user.tenantId, id, { lock: true });
    const from = row.status as Status;
    const move = { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to: input.ke, ctx: undefined };
    const before = { status: from, dueDate: row.dueDate, extendedDueDate: row.extendedDueDate };
    return permohonanAlur.move(tx, { ...move, before }, async (now) => {
      const changes: Partial<Permohonan> = { status: input.ke, updatedAt: now };
      if (input.ke === 'diperpanjang') {
        const tenant = await getTenant(tx, row.tenantId);
        Object.assign(changes, await extension(tx, row, tenant.timeZone, input.alasan, now));
      } else if (input.ke !== 'diproses') {
        changes.decision = decisionOf(input);
        const tenant = await getTenant(tx, row.tenantId);
        changes.decidedAt = decisionInstant(row.receivedAt, input.tanggal, tenant.timeZone, now);
      }
      await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'register' });
      const [updated] = await tx.update(permohonan).set(changes).where(eq(permohonan.id, row.id)).returning();
      const after = {
        status: input.ke,
        extendedDueDate: updated!.extendedDueDate,
        decision: updated!.decision,
        decidedAt: updated!.decidedAt,
        note: input.alasan ?? null,
      };
      return { result: updated!, after, note: input.alasan };
    });
  });
}

// Pasal 22(8): one extension of 7 working days, with written reasons, announced before the
// original deadline has passed.
async function extension(tx: Parameters<typeof deadlineCalendar>[0], row: Permohonan, timeZone: string, reason: string, now: Date) {
  if (!reason.trim()) throw new AppError('invalid', 'permohonan.reason_required', 'alasan');
  if (row.extendedDueDate) throw new AppError('conflict', 'permohonan.already_extended', 'ke');
  if (!row.dueDate) throw new AppError('conflict', 'permohonan.due_date_unknown', 'ke');
  if (todayIn(timeZone, now) > row.dueDate) throw new AppError('conflict', 'permohonan.extension_too_late', 'ke', { due: row.dueDate });
  const calendar = await deadlineCalendar(tx, row.tenantId, Number(row.dueDate.slice(0, 4)));
  const extendedDueDate = extendedDeadline(calendar, row.dueDate);
  if (!extendedDueDate) throw new AppError('conflict', 'permohonan.due_date_unknown', 'ke');
  return { extendedDueDate, extensionReason: reason.trim() };
}

/** The decision a final status records; refuses what the law requires but the input lacks. */
function decisionOf(input: Exclude<TransitionInput, { ke: 'diproses' | 'diperpanjang' }>): Decision {
  switch (input.ke) {
    case 'dikabulkan_seluruhnya':
    case 'ditarik':
      return { kind: input.ke };
    case 'dikabulkan_sebagian': {
      const bagian = input.bagian.map((b) => ({ bagian: b.bagian.trim(), alasan: b.alasan.trim() }));
      if (bagian.length === 0) throw new AppError('invalid', 'permohonan.parts_required', 'bagian');
      const blank = bagian.findIndex((b) => !b.bagian || !b.alasan);
      if (blank >= 0) throw new AppError('invalid', 'permohonan.part_reason_required', `bagian.${blank}`);
      return { kind: 'dikabulkan_sebagian', bagian };
    }
    case 'ditolak': {
      const pemegang = input.pemegang?.trim();
      if (input.dasar === 'tidak_dikuasai' && !pemegang) throw new AppError('invalid', 'permohonan.holder_required', 'pemegang');
      return { kind: 'ditolak', dasar: input.dasar, ...(input.dasar === 'tidak_dikuasai' ? { pemegang } : {}) };
    }
    case 'diteruskan': {
      const tujuan = input.tujuan.trim();
      if (!tujuan) throw new AppError('invalid', 'permohonan.forward_target_required', 'tujuan');
      return { kind: 'diteruskan', tujuan };
    }
  }
}
