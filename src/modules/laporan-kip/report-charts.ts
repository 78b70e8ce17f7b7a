import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Breakdown } from './build-report.ts';
import type { BarChart } from './chart-svg.ts';
import { formatPercent } from './labels.ts';

/**
 * A bar chart of one report table (seed 003 Grafik 1–2): a bar per row with its count and share,
 * and a description listing every value for readers who cannot see the picture.
 */
export function breakdownChart<K extends string>(id: string, title: string, table: Breakdown<K>, period: string, lang: Lang): BarChart {
  const bars = table.baris.map((r) => ({ label: r.label, value: r.jumlah, text: `${r.jumlah} (${formatPercent(r.persen, lang)})` }));
  const items = bars.map((b) => `${b.label} ${b.text}`).join('; ');
  return { id, title, desc: t(lang, 'laporan_kip.chart.desc', { title, period, items }), bars };
}
