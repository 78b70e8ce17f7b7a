import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Notice } from './notice.ts';

// A4 in twentieths of a point, with 2.5 cm margins: the paper Indonesian offices print letters on.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };

const text = (value: string, opts: { bold?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text: value, bold: opts.bold, size: opts.size, underline: opts.underline ? {} : undefined, font: 'Arial' });
const para = (value: string, opts: { bold?: boolean; center?: boolean; after?: number; indent?: number; size?: number } = {}) =>
  new Paragraph({
    children: [text(value, opts)],
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { after: opts.after ?? 80 },
    indent: opts.indent ? { left: opts.indent } : undefined,
  });

function requesterTable(rows: Array<[string, string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 32, type: WidthType.PERCENTAGE }, children: [para(label)] }),
            new TableCell({ width: { size: 68, type: WidthType.PERCENTAGE }, children: [para(`: ${value}`)] }),
          ],
        }),
    ),
  });
}

/** The notice as an editable Word document (A4), which officials can adjust, print and sign. */
export async function renderNoticeDocx(notice: Notice): Promise<Buffer> {
  const [first, ...restHead] = notice.letterhead;
  const children = [
    para(first ?? '', { bold: true, center: true, after: 0 }),
    ...restHead.map((line) => para(line, { bold: line === restHead[0], center: true, after: 0 })),
    new Paragraph({ border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000', space: 4 } }, spacing: { after: 240 }, children: [] }),
    para(notice.title, { bold: true, center: true, after: 40, size: 28 }),
    ...notice.subtitle.map((line) => para(line, { center: true, after: 0 })),
    para('', { after: 160 }),
    para(notice.intro, { after: 120 }),
    requesterTable(notice.requester),
    para('', { after: 80 }),
    para(notice.asFollows, { after: 120 }),
    ...notice.elements.flatMap((el) => [
      para(el.label, { bold: true, after: 40 }),
      ...el.lines.map((line) => para(line, { indent: 360, after: 40 })),
      ...(el.items ?? []).map((item, i) => para(`${i + 1}. ${item}`, { indent: 720, after: 40 })),
      para('', { after: 40 }),
    ]),
    ...(notice.attachments
      ? [
          para(notice.attachments.title, { bold: true, after: 40 }),
          ...notice.attachments.items.map((item, i) => para(`${i + 1}. ${item}`, { indent: 360, after: 40 })),
          para('', { after: 40 }),
        ]
      : []),
    ...(notice.objection ? [para(notice.objection.title, { bold: true, after: 40 }), para(notice.objection.text, { after: 240 })] : []),
    ...signature(notice.signature),
  ];
  const doc = new Document({
    creator: 'Warta',
    title: `${notice.title} ${notice.subtitle[0] ?? ''}`.trim(),
    sections: [{ properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, children }],
  });
  return Packer.toBuffer(doc);
}

// The signature block sits on the right half, as on Indonesian letters, with room to sign.
function signature(s: Notice['signature']): Paragraph[] {
  const right = 4820;
  const line = (value: string, opts: { bold?: boolean; underline?: boolean; after?: number } = {}) =>
    new Paragraph({ indent: { left: right }, spacing: { after: opts.after ?? 0 }, children: [text(value, opts)] });
  return [line(s.placeDate), line(s.role, { after: 1200 }), line(s.name, { bold: true, underline: true }), ...(s.nip ? [line(s.nip)] : [])];
}
