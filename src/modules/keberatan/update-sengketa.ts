import { eq } from 'drizzle-orm';
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
import { type Sengketa, sengketaInTenant } from './load-keberatan.ts';
import { sengketa } from './schema.ts';
import { type Compliance, type DisputeStage, disputeStages } from './terms.ts';

export type SengketaChanges = {
  kiRegistrationNumber?: string;
  commission?: string | null;
  stage?: DisputeStage;
  /** The day the new stage began; required with `stage`. */
  stageDate?: string;
  rulingText?: string;
  compliance?: Compliance;
  complianceNote?: string | null;
};

// The column that keeps the day each stage began.
const stageColumn = { mediasi: 'mediationOn', ajudikasi: 'adjudicationOn', putusan: 'rulingOn', selesai: 'closedOn' } as const;

/**
 * Moves a dispute on as the Komisi Informasi hears it: stages only go forward (mediation or
 * adjudication may be skipped), each with the day it began, never before the previous one or
 * after today; a ruling needs the ruling stage; compliance needs a ruling, and "not yet" needs a
 * note. Audited with what changed.
 */
export async function updateSengketa(services: Services, user: SessionUser, actor: OrgActor, id: string, changes: SengketaChanges): Promise<Sengketa> {
  return inTransaction(services.db, async (tx) => {
    const row = await sengketaInTenant(tx, user.tenantId, id, { lock: true });
    assertOrg(actor, 'keberatan.process', row.unitId);
    const { timeZone } = await getTenant(tx, row.tenantId);
    const { stageDate, ...fields } = changes;
    const next: Partial<Sengketa> = { ...fields };
    if (changes.stage !== undefined) Object.assign(next, stageStep(row, changes.stage, stageDate, localDateOf(new Date(), timeZone)));
    const after = { ...row, ...next };
    if (changes.rulingText !== undefined && !after.rulingOn) throw new AppError('conflict', 'keberatan.ruling_before_stage', 'rulingText');
    if (next.stage === 'putusan' && !after.rulingText) throw new AppError('invalid', 'keberatan.ruling_required', 'rulingText');
    if (changes.compliance !== undefined && !after.rulingText) throw new AppError('conflict', 'keberatan.compliance_before_ruling', 'compliance');
    if (after.compliance === 'belum' && !after.complianceNote) throw new AppError('invalid', 'keberatan.compliance_note_required', 'complianceNote');
    const [updated] = await tx
      .update(sengketa)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(sengketa.id, row.id))
      .returning();
    const before = Object.fromEntries(Object.keys(next).map((k) => [k, row[k as keyof Sengketa]]));
    await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'register' });
    await recordAudit(tx, actorOf(user), { action: 'sengketa.updated', entity: 'sengketa', entityId: row.id, before, after: next });
    return updated!;
  });
}

/** The columns a move to `stage` sets, after checking it goes forward on a plausible day. */
function stageStep(row: Sengketa, stage: DisputeStage, stageDate: string | undefined, today: string): Partial<Sengketa> {
  if (disputeStages.indexOf(stage) <= disputeStages.indexOf(row.stage as DisputeStage)) {
    throw new AppError('conflict', 'keberatan.stage_backwards', 'stage', { from: row.stage, to: stage });
  }
  if (!stageDate) throw new AppError('invalid', 'keberatan.invalid.stageDate', 'stageDate');
  const latest = [row.registeredOn, row.mediationOn, row.adjudicationOn, row.rulingOn]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)!;
  if (stageDate < latest || stageDate > today) throw new AppError('invalid', 'keberatan.stage_date_range', 'stageDate', { from: latest, to: today });
  return { stage, ...(stage === 'registrasi' ? {} : { [stageColumn[stage]]: stageDate }) };
}
