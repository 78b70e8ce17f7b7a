import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Breakdown } from './build-report.ts';
import type { BarChart } from './chart-svg.ts';
import type { LaporanKip } from './compile-report.ts';
import { formatPercent } from './labels.ts';

function chartOf<K extends string>(id: string, title: string, table: Breakdown<K>, period: string, lang: Lang): BarChart {
  const bars = table.baris.map((r) => ({ label: r.label, value: r.jumlah, text: `${r.jumlah} (${formatPercent(r.persen, lang)})` }));
  const items = bars.map((b) => `${b.label} ${b.text}`).join('; ');
  return { id, title, desc: t(lang, 'laporan_kip.chart.desc', { title, period, items }), bars };
}

/** The report's charts: requests per channel, requester types and status (seed 003 Grafik 1–2). */
export function reportCharts(report: LaporanKip, lang: Lang): BarChart[] {
  const period = report.periode.label;
  return [
    chartOf('grafik-saluran', t(lang, 'laporan_kip.chart.channels'), report.perSaluran, period, lang),
    chartOf('grafik-pemohon', t(lang, 'laporan_kip.chart.requesters'), report.pemohon, period, lang),
    chartOf('grafik-status', t(lang, 'laporan_kip.chart.status'), report.status, period, lang),
  ];
}
