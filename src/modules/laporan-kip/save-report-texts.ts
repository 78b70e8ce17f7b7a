import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { ReportTexts } from './build-report.ts';
import { reportTextsRow } from './load-report-texts.ts';
import type { Scope } from './load-rows.ts';
import type { Period } from './period.ts';
import { laporanKip } from './schema.ts';

export type TextsInput = { kendala: string; rekomendasi: string; tindakLanjut: string };

/**
 * Writes the texts of a report for a scope and period (creating the row the first time), with
 * one audit row holding the texts before and after. The caller has checked the role.
 */
export async function saveReportTexts(services: Services, user: SessionUser, scope: Scope, period: Period, input: TextsInput): Promise<ReportTexts> {
  return inTransaction(services.db, async (tx) => {
    const existing = await reportTextsRow(tx, scope, period, { lock: true });
    const values = { ...input, updatedAt: new Date(), updatedBy: user.id };
    const [row] = existing
      ? await tx.update(laporanKip).set(values).where(eq(laporanKip.id, existing.id)).returning()
      : await tx
          .insert(laporanKip)
          .values({ tenantId: scope.tenantId, unitId: scope.unitId, dari: period.dari, sampai: period.sampai, ...values })
          .onConflictDoUpdate({ target: [laporanKip.tenantId, laporanKip.unitId, laporanKip.dari, laporanKip.sampai], set: values })
          .returning();
    const textsOf = (r: typeof existing) => (r ? { kendala: r.kendala, rekomendasi: r.rekomendasi, tindakLanjut: r.tindakLanjut } : null);
    await markSiteChanged(tx, { tenantId: scope.tenantId, unitId: scope.unitId, reason: 'laporan' });
    await recordAudit(tx, actorOf(user), {
      action: 'laporan_kip.texts_saved',
      entity: 'laporan_kip',
      entityId: row!.id,
      before: textsOf(existing),
      after: { unitId: scope.unitId, dari: period.dari, sampai: period.sampai, ...input },
    });
    return { ...input, diperbaruiPada: row!.updatedAt.toISOString() };
  });
}
