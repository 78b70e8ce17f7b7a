import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chartSize } from './chart-svg.ts';
import type { Block, DocTable, ReportDocument } from './report-document.ts';

const FONT = 'Times New Roman';
const isNumber = (s: string) => /^-?[\d.,]+%?$/.test(s);

function cell(text: string, opts: { bold?: boolean; shade?: boolean } = {}): TableCell {
  return new TableCell({
    shading: opts.shade ? { fill: 'E8E8E8' } : undefined,
    children: [
      new Paragraph({ alignment: isNumber(text) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: opts.bold, font: FONT })] }),
    ],
  });
}

function table(t: DocTable): Array<Paragraph | Table> {
  const rows = [
    new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, { bold: true, shade: true })) }),
    ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ...(t.total ? [new TableRow({ children: t.total.map((c) => cell(c, { bold: true })) })] : []),
  ];
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 160 }, children: [new TextRun({ text: t.caption, bold: true, font: FONT })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
}

/** The chart pictures (PNG, in block order) or null when none could be made. */
export type ChartImages = Buffer[] | null;

function blockToDocx(b: Block, images: Buffer[] | null, next: { chart: number }): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun({ text: b.text, font: FONT })] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, font: FONT })] })];
    case 'table':
      return table(b.table);
    case 'chart': {
      const png = images?.[next.chart++];
      if (!png) return [];
      const { width, height } = chartSize(b.chart);
      const scale = 600 / width;
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
              altText: { name: b.chart.id, title: b.chart.title, description: b.chart.desc },
            }),
          ],
        }),
      ];
    }
  }
}

/**
 * The report as an editable Word document an official can sign: the same blocks as the PDF, the
 * tables in seed 003's layout, and the charts as pictures when `images` holds them (else the
 * tables alone carry the numbers, and `chartsNote` says why).
 */
export async function renderReportDocx(doc: ReportDocument, images: ChartImages, chartsNote: string | null): Promise<Buffer> {
  const next = { chart: 0 };
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.title.toUpperCase(), font: FONT, bold: true })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.scope, font: FONT, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.period, font: FONT, bold: true })] }),
    ...(chartsNote ? [new Paragraph({ children: [new TextRun({ text: chartsNote, italics: true, font: FONT })] })] : []),
    ...doc.blocks.flatMap((b) => blockToDocx(b, images, next)),
  ];
  const document = new Document({
    creator: 'Warta',
    title: `${doc.title} — ${doc.scope}`,
    description: doc.period,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
