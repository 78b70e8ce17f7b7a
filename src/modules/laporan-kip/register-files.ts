import type { RegisterTable } from './register-table.ts';

// A cell a spreadsheet would read as a formula ("=HYPERLINK(…)" typed into the public form) is
// written with a leading apostrophe, so opening the export runs nothing.
const neutralise = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
const csvCell = (v: string | number) => {
  const s = typeof v === 'number' ? String(v) : neutralise(v);
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The register as CSV: UTF-8 with a byte-order mark (so Excel reads Indonesian text right), CRLF lines. */
export function registerCsv(table: RegisterTable): Buffer {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * The register as an Excel workbook: one sheet, bold frozen header, filters on. Every value is
 * written as a typed text or number cell, never a formula, so "=…" typed by the public is shown
 * as typed and not run; no apostrophe is needed there.
 */
export async function registerXlsx(table: RegisterTable, sheetName: string): Promise<Buffer> {
  // Loaded on first use: exceljs adds ~0.4 s to every start, and few starts ever need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Warta';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  sheet.columns.forEach((c) => {
    c.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
