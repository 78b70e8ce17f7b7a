import { barChartSvg } from './chart-svg.ts';
import type { Block, ReportDocument } from './report-document.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Print styles only: the page is made for Chromium's PDF, not for the public site.
const css = `
@page { size: A4; margin: 20mm; }
body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 11.5pt; color: #000; line-height: 1.4; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; }
.lead { text-align: center; margin: 0 0 2pt; font-weight: bold; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt; }
table { border-collapse: collapse; margin: 4pt 0 12pt; width: 100%; page-break-inside: avoid; }
caption { font-weight: bold; text-align: center; padding-bottom: 4pt; }
th, td { border: 1px solid #000; padding: 3pt 6pt; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
td.n { text-align: right; }
tr.total td { font-weight: bold; }
figure { margin: 6pt 0 12pt; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
`;

const isNumber = (s: string) => /^-?[\d.,]+%?$/.test(s);
const cells = (row: string[], tag: 'td' | 'th') =>
  row.map((c) => `<${tag}${tag === 'td' && isNumber(c) ? ' class="n"' : ''}>${escapeXml(c)}</${tag}>`).join('');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${escapeXml(b.text)}</h2>`;
    case 'paragraph':
      return `<p>${escapeXml(b.text)}</p>`;
    case 'chart':
      return `<figure>${barChartSvg(b.chart)}</figure>`;
    case 'table': {
      const { caption, header, rows, total } = b.table;
      const body = rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('');
      const foot = total ? `<tr class="total">${cells(total, 'td')}</tr>` : '';
      return `<table><caption>${escapeXml(caption)}</caption><thead><tr>${cells(header, 'th')}</tr></thead><tbody>${body}${foot}</tbody></table>`;
    }
  }
}

/** The report as one self-contained HTML page (charts inline as SVG), for printing to PDF. */
export function renderReportHtml(doc: ReportDocument, lang: string): string {
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeXml(`${doc.title} — ${doc.scope}`)}</title><style>${css}</style></head><body>`,
    `<h1>${escapeXml(doc.title)}</h1><p class="lead">${escapeXml(doc.scope)}</p><p class="lead">${escapeXml(doc.period)}</p>`,
    ...doc.blocks.map(block),
    '</body></html>',
  ].join('\n');
}
