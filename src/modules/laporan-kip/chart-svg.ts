/** One bar: its label, its value and the text printed after it (e.g. "12 (40%)"). */
export type Bar = { label: string; value: number; text: string };

export type BarChart = { id: string; title: string; desc: string; bars: Bar[] };

const WIDTH = 640;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 90;
const ROW = 30;
const TOP = 40;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Sizes of a chart's picture, for embedding it (e.g. as a PNG in a Word document). */
export function chartSize(chart: BarChart): { width: number; height: number } {
  return { width: WIDTH, height: TOP + chart.bars.length * ROW + 10 };
}

/**
 * A horizontal bar chart as standalone SVG: a label, a bar and its value per row. Screen readers
 * get the title and a description listing every value; no script, no external resources.
 */
export function barChartSvg(chart: BarChart): string {
  const { width, height } = chartSize(chart);
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 20;
  const rows = chart.bars.map((b, i) => {
    const y = TOP + i * ROW;
    const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * span));
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 19}" text-anchor="end">${escapeXml(b.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${w}" height="${ROW - 10}" fill="#1d5a87"/>`,
      `<text x="${LABEL_WIDTH + w + 6}" y="${y + 19}">${escapeXml(b.text)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" font-family="Arial, Helvetica, sans-serif" font-size="13" fill="#1a1a1a">`,
    `<title id="${chart.id}-title">${escapeXml(chart.title)}</title>`,
    `<desc id="${chart.id}-desc">${escapeXml(chart.desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="0" y="20" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
    `<line x1="${LABEL_WIDTH}" y1="${TOP}" x2="${LABEL_WIDTH}" y2="${height - 10}" stroke="#595959"/>`,
    ...rows,
    '</svg>',
  ].join('');
}
