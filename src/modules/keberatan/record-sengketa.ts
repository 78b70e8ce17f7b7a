import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { localDateOf } from '../hari-kerja/local-date.ts';
import type { OrgActor } from '../org/actor.ts';
import { getTenant } from '../org/get-tenant.ts';
import { assertOrg } from '../org/policy.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { workingDaysAfter } from './deadlines.ts';
import { disputeOf, type Keberatan, keberatanInTenant, type Sengketa } from './load-keberatan.ts';
import { sengketa } from './schema.ts';
import { DISPUTE_WORKING_DAYS } from './terms.ts';

export type NewSengketa = { kiRegistrationNumber: string; commission: string | null; registeredOn: string };

/**
 * Records that an objection went to the Komisi Informasi (Pasal 37): possible once the Atasan PPID
 * has answered, or once the answer deadline has passed unanswered. The 14 working days run from
 * that answer (or missed deadline); a case registered later is still recorded, flagged, since the
 * Komisi decides whether it hears it. One dispute per objection; audited.
 */
export async function recordSengketa(services: Services, user: SessionUser, actor: OrgActor, keberatanId: string, input: NewSengketa): Promise<Sengketa> {
  return inTransaction(services.db, async (tx) => {
    const row = await keberatanInTenant(tx, user.tenantId, keberatanId, { lock: true });
    assertOrg(actor, 'keberatan.process', row.unitId);
    if (await disputeOf(tx, row.id)) throw new AppError('conflict', 'keberatan.dispute_exists');
    const { timeZone } = await getTenant(tx, row.tenantId);
    const today = localDateOf(new Date(), timeZone);
    const from = disputeOpensOn(row, today);
    if (input.registeredOn < from || input.registeredOn > today)
      throw new AppError('invalid', 'keberatan.dispute_date_range', 'registeredOn', { from, to: today });
    const filingDeadline = await workingDaysAfter(tx, row.tenantId, from, DISPUTE_WORKING_DAYS);
    const [created] = await tx
      .insert(sengketa)
      .values({
        tenantId: row.tenantId,
        unitId: row.unitId,
        keberatanId: row.id,
        kiRegistrationNumber: input.kiRegistrationNumber,
        commission: input.commission,
        stage: 'registrasi',
        registeredOn: input.registeredOn,
        filingDeadline,
        filedLate: filingDeadline !== null && input.registeredOn > filingDeadline,
        createdBy: user.id,
      })
      .returning();
    await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'register' });
    await recordAudit(tx, actorOf(user), {
      action: 'sengketa.registered',
      entity: 'sengketa',
      entityId: created!.id,
      after: {
        keberatan: row.number,
        kiRegistrationNumber: created!.kiRegistrationNumber,
        registeredOn: created!.registeredOn,
        filingDeadline,
        filedLate: created!.filedLate,
      },
    });
    return created!;
  });
}

/** Day 0 of the 14 working days: the Atasan PPID's answer, or the day its deadline ran out. */
function disputeOpensOn(row: Keberatan, today: string): string {
  if (row.status === 'diputus' && row.decision) return row.decision.tanggal;
  if ((row.status === 'terdaftar' || row.status === 'diproses') && row.dueDate && row.dueDate < today) return row.dueDate;
  throw new AppError('conflict', 'keberatan.dispute_not_open', undefined, { status: row.status });
}
