import type { Queryable } from '../../db/types.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { type TimeZone, timeZoneLabel } from '../org/roles.ts';
import { type AsOf, asOfNote } from './as-of.ts';
import { buildReport, type KipReport } from './build-report.ts';
import { calendarFor, countRequests } from './count-requests.ts';
import { loadSengketa, type SengketaRow } from './count-sengketa.ts';
import { formatLocalDate } from './labels.ts';
import { loadReportTexts } from './load-report-texts.ts';
import { loadHistorySteps, loadRequestFacts, type Scope } from './load-rows.ts';
import type { Period } from './period.ts';
import type { CountedRequest } from './selection.ts';
import { factsAsOf } from './status-as-of.ts';

/** Whose report it is (a unit of the tenant, or the whole tenant when `unit` is null), and the date status is counted on. */
export type ReportContext = { tenant: Tenant; unit: Unit | null; period: Period; asOf: AsOf };

/** The report as the API returns it: the numbers, who it covers, when it was made, how it counts. */
export type LaporanKip = KipReport & {
  lingkup: { tenant: { id: string; name: string }; unit: { id: string; name: string; slug: string } | null; nama: string };
  zonaWaktu: { iana: string; label: string };
  dibuatPada: string;
  catatan: string[];
};

export const scopeOf = (ctx: ReportContext): Scope => ({ tenantId: ctx.tenant.id, unitId: ctx.unit?.id ?? null });

/**
 * Compiles a KIP report from the request register, each request's status as it stood on
 * `ctx.asOf` (rebuilt from its history): the quarterly implementation report or,
 * for `tahunan`, the annual service report (same numbers plus the Pasal 12 summary in documents).
 * Also returns the counted requests and disputes, so the detail endpoint lists exactly what a cell counted.
 */
export async function compileReport(db: Queryable, ctx: ReportContext, lang: Lang, now = new Date()) {
  const scope = scopeOf(ctx);
  const zone = ctx.tenant.timeZone;
  const { requests, sengketa } = await loadCounted(db, ctx);
  const numbers = buildReport(requests, ctx.period, ctx.asOf, sengketa, await loadReportTexts(db, scope, ctx.period), lang);
  const zoneLabel = timeZoneLabel[zone as TimeZone] ?? zone;
  const report: LaporanKip = {
    ...numbers,
    lingkup: {
      tenant: { id: ctx.tenant.id, name: ctx.tenant.name },
      unit: ctx.unit ? { id: ctx.unit.id, name: ctx.unit.name, slug: ctx.unit.slug } : null,
      nama: ctx.unit?.name ?? t(lang, 'laporan_kip.scope.all', { tenant: ctx.tenant.name }),
    },
    zonaWaktu: { iana: zone, label: zoneLabel },
    dibuatPada: now.toISOString(),
    catatan: notes(numbers, ctx.period, zoneLabel, lang),
  };
  return { report, requests, sengketa };
}

/** The requests of a report's scope and period as it counts them, and its disputes. */
export async function loadCounted(db: Queryable, ctx: ReportContext): Promise<{ requests: CountedRequest[]; sengketa: SengketaRow[] }> {
  const scope = scopeOf(ctx);
  const zone = ctx.tenant.timeZone;
  const [rows, stepsOf] = await Promise.all([loadRequestFacts(db, scope, ctx.period, zone), loadHistorySteps(db, scope, ctx.period, zone)]);
  const facts = rows.map((f) => factsAsOf(f, stepsOf.get(f.id) ?? [], ctx.asOf.tanggal));
  const requests = countRequests(facts, await calendarFor(db, ctx.tenant.id, facts));
  return { requests, sengketa: await loadSengketa(db, scope, ctx.period) };
}

function notes(r: KipReport, period: Period, zone: string, lang: Lang): string[] {
  return [
    t(lang, 'laporan_kip.note.period', { zone, from: formatLocalDate(period.dari, lang), to: formatLocalDate(period.sampai, lang) }),
    asOfNote(r.statusPer, period, lang),
    t(lang, 'laporan_kip.note.status'),
    t(lang, 'laporan_kip.note.service_time'),
    ...(r.waktuLayanan.tidakTerhitung.jumlah > 0 ? [t(lang, 'laporan_kip.note.uncounted', { n: r.waktuLayanan.tidakTerhitung.jumlah })] : []),
    t(lang, 'laporan_kip.note.information'),
    t(lang, 'laporan_kip.note.refusals'),
    t(lang, 'laporan_kip.note.disputes'),
  ];
}
