import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { ReportTexts } from './build-report.ts';
import type { Scope } from './load-rows.ts';
import type { Period } from './period.ts';
import { laporanKip } from './schema.ts';

export type ReportTextsRow = typeof laporanKip.$inferSelect;

/** The stored row of a scope and period, if any; `lock` holds it until the transaction ends. */
export async function reportTextsRow(db: Queryable, scope: Scope, period: Period, opts: { lock?: boolean } = {}): Promise<ReportTextsRow | undefined> {
  const query = db
    .select()
    .from(laporanKip)
    .where(
      and(
        eq(laporanKip.tenantId, scope.tenantId),
        scope.unitId ? eq(laporanKip.unitId, scope.unitId) : isNull(laporanKip.unitId),
        eq(laporanKip.dari, period.dari),
        eq(laporanKip.sampai, period.sampai),
      ),
    );
  const [row] = opts.lock ? await query.for('update') : await query;
  return row;
}

/** The officer's texts of a report (obstacles, recommendations, follow-up); empty until written. */
export async function loadReportTexts(db: Queryable, scope: Scope, period: Period): Promise<ReportTexts> {
  const row = await reportTextsRow(db, scope, period);
  return {
    kendala: row?.kendala ?? '',
    rekomendasi: row?.rekomendasi ?? '',
    tindakLanjut: row?.tindakLanjut ?? '',
    diperbaruiPada: row?.updatedAt.toISOString() ?? null,
  };
}
