import { useNavigate } from '@tanstack/react-router';
import { formatDate, formatDateTime, t } from '../i18n.ts';
import type { LaporanSearch } from '../routes/search.ts';
import { useSession } from '../session.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { ReportChooser, useReportUnits } from './laporan-pilih.tsx';
import { CellRowsSection } from './laporan-rincian.tsx';
import { describeCells, ReportSections } from './laporan-sections.tsx';
import { ReportTextsCard } from './laporan-teks.tsx';
import { ALL_UNITS, type LaporanKip, mayWriteReport, periodFromSearch, reportQuery, screenSearch } from './laporan-terms.ts';
import { ReportDownloads } from './laporan-unduh.tsx';

/**
 * The KIP report of a unit (or of every unit, for admins and evaluators) for a quarter, a year or
 * any period: its tables with every number opening the requests behind it, the officer's texts,
 * and the report and register as files. Everything chosen lives in the address, so a report can
 * be reloaded, bookmarked and gone back to.
 */
export function LaporanPage({ search }: { search: LaporanSearch }) {
  const { me } = useSession();
  const navigate = useNavigate();
  const units = useReportUnits(search.unit ?? null);
  const period = periodFromSearch(search, me.tenant.timeZone);
  const unitParam = units.chosen;
  const unitId = unitParam === ALL_UNITS ? null : unitParam;
  const apiQuery = reportQuery(unitId, period);
  const report = useLoad<LaporanKip>(unitParam ? `/laporan-kip${apiQuery}` : null);
  const sel = search.sel ?? null;
  const r = report.data;
  // A wrong date comes back at its field in the chooser; anything else is said above the report.
  const atField = report.error?.status === 400 && (report.error.field === 'dari' || report.error.field === 'sampai');
  const mayWrite = mayWriteReport(me, unitId);
  const nav = { searchFor: (s: string) => screenSearch(unitParam ?? ALL_UNITS, period, s), open: sel };
  const closeRows = () => {
    if (!sel) return;
    void navigate({ to: '/laporan', search: screenSearch(unitParam ?? ALL_UNITS, period) });
    // Back to the number that was opened, so the keyboard user keeps their place in the tables.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`a[data-sel="${CSS.escape(sel)}"]`)?.focus());
  };
  return (
    <Page title={t('lap.title')}>
      <p>{t('lap.intro')}</p>
      <LoadState loaded={units.loaded} />
      {units.loaded.data && !unitParam && <p>{t('lap.noUnits')}</p>}
      {unitParam && (
        <ReportChooser
          key={`${unitParam}-${period.jenis}-${period.dari}-${period.sampai}-${period.statusPer ?? ''}`}
          units={units}
          period={period}
          error={report.error}
          onChoose={(unit, p) => void navigate({ to: '/laporan', search: screenSearch(unit, p) })}
        />
      )}
      {!atField && <LoadState loaded={report} />}
      {r && (
        <>
          <section aria-labelledby="lap-report" className="report-head">
            <h2 id="lap-report">{t(`lap.reportTitle.${r.jenis}`)}</h2>
            <p className="report-scope">{t('lap.scopeLine', { scope: r.lingkup.nama, period: r.periode.label })}</p>
            <p className="report-basis">
              {r.statusPer.tanggal === r.periode.sampai
                ? t('lap.asOf.end', { date: formatDate(r.statusPer.tanggal) })
                : t('lap.asOf.today', { date: formatDate(r.statusPer.tanggal) })}
            </p>
            <p className="muted">{t('lap.made', { at: formatDateTime(r.dibuatPada) })}</p>
            {!mayWrite && <p className="muted">{t('lap.readOnly')}</p>}
          </section>
          <ReportDownloads query={apiQuery} mayExportPersonal={mayWrite} />
          <ReportSections report={r} nav={nav} />
          {sel && (
            <CellRowsSection
              key={`${apiQuery}-${sel}`}
              query={reportQuery(unitId, period, { sel })}
              what={describeCells(r).get(sel) ?? sel}
              units={unitId ? null : units.units}
              stageLabels={new Map(r.sengketa.baris.map((row) => [row.kunci, row.label]))}
              onClose={closeRows}
            />
          )}
          <ReportTextsCard key={apiQuery} texts={r.teks} unitId={unitId} period={period} mayWrite={mayWrite} />
          <section aria-labelledby="lap-notes">
            <h2 id="lap-notes">{t('lap.notes')}</h2>
            <ul className="report-notes">
              {r.catatan.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </Page>
  );
}
