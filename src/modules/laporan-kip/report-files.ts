import { type Lang, t } from '../../i18n/catalogue.ts';
import { htmlToPdf, svgsToPng } from '../../lib/chromium.ts';
import { AppError } from '../../lib/errors.ts';
import { barChartSvg } from './chart-svg.ts';
import type { LaporanKip } from './compile-report.ts';
import { renderReportDocx } from './render-docx.ts';
import { renderReportHtml } from './render-html.ts';
import { reportDocument } from './report-document.ts';

export type ReportFormat = 'docx' | 'pdf';
export type ReportFile = { filename: string; contentType: string; body: Buffer };

const contentTypes: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The file name: kind, scope and period, e.g. `laporan-kip-triwulan-dinas-a-2026-01-01-2026-03-31.docx`. */
export function reportFilename(r: LaporanKip, ext: string): string {
  return `laporan-kip-${r.jenis}-${r.lingkup.unit?.slug ?? 'semua-unit'}-${r.periode.dari}-${r.periode.sampai}.${ext}`;
}

/**
 * Charts as PNG for Word. Chromium is optional on a server: without it the document still holds
 * every number in its tables and says at the top why the pictures are missing.
 */
async function chartPictures(svgs: string[], lang: Lang): Promise<{ images: Buffer[] | null; note: string | null }> {
  try {
    return { images: await svgsToPng(svgs, 'laporan_kip.pdf_unavailable'), note: null };
  } catch (err) {
    if (err instanceof AppError && err.code === 'unavailable') return { images: null, note: t(lang, 'laporan_kip.charts_unavailable') };
    throw err;
  }
}

/** The report as an editable Word document (charts as pictures) or a PDF (503 without Chromium). */
export async function renderReportFile(r: LaporanKip, format: ReportFormat, lang: Lang): Promise<ReportFile> {
  const doc = reportDocument(r, lang);
  let body: Buffer;
  if (format === 'pdf') body = await htmlToPdf(renderReportHtml(doc, lang), 'laporan_kip.pdf_unavailable');
  else {
    const svgs = doc.blocks.flatMap((b) => (b.kind === 'chart' ? [barChartSvg(b.chart)] : []));
    const { images, note } = await chartPictures(svgs, lang);
    body = await renderReportDocx(doc, images, note);
  }
  return { filename: reportFilename(r, format), contentType: contentTypes[format], body };
}
