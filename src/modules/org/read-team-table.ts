import { parse } from 'csv-parse/sync';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';

export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const isZip = (bytes: Uint8Array) => ZIP_MAGIC.every((b, i) => bytes[i] === b);

// Spreadsheets exported with Indonesian regional settings separate fields with ';'.
function guessDelimiter(text: string): string {
  const head = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('invalid', 'org.import.file_type', 'file');
  }
  if (text.includes('\u0000')) throw new AppError('invalid', 'org.import.file_type', 'file');
  try {
    return parse(text, { bom: true, delimiter: guessDelimiter(text), relax_column_count: true, skip_empty_lines: false, to: IMPORT_MAX_ROWS + 1 });
  } catch {
    throw new AppError('invalid', 'org.import.file_unreadable', 'file');
  }
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  // Loaded on first use: exceljs adds ~0.4 s to every start, and few starts ever need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid', 'org.import.file_unreadable', 'file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid', 'org.import.file_unreadable', 'file');
  const rows: string[][] = [];
  // Row numbers are kept so a message can point at the spreadsheet row the user sees.
  for (let r = 1; r <= Math.min(sheet.rowCount, IMPORT_MAX_ROWS + 1); r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(row.getCell(col).text ?? '');
    rows.push(cells);
  }
  return rows;
}

/**
 * Reads the first sheet of an XLSX or a CSV file into rows of cell texts. The kind is decided by
 * the bytes (zip signature or UTF-8 text), never by the file name.
 */
export async function readTeamTable(bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw new AppError('invalid', 'org.import.file_too_large', 'file', { mb: IMPORT_MAX_BYTES / 1024 / 1024 });
  const rows = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  if (rows.length > IMPORT_MAX_ROWS) throw new AppError('invalid', 'org.import.too_many_rows', 'file', { max: IMPORT_MAX_ROWS });
  return rows;
}

/** Where each named column of a table stands: its header row and the column index of each name. */
export type TableHeader<C extends string> = { index: number; columns: Partial<Record<C, number>> };

/**
 * Finds the header row among a table's first 30 rows (a decree's title and preamble may come
 * first): header texts are compared without case, spaces or punctuation against `names`, and the
 * first row where `complete` holds is the header. Refuses the file (400 on `file`) when none is.
 */
export function findHeaderRow<C extends string>(
  rows: string[][],
  names: Record<string, C>,
  complete: (columns: Partial<Record<C, number>>) => boolean,
  missingKey: MessageKey,
): TableHeader<C> {
  for (let index = 0; index < Math.min(rows.length, 30); index++) {
    const columns: Partial<Record<C, number>> = {};
    rows[index]!.forEach((cell, col) => {
      const column = names[cell.toLowerCase().replace(/[^a-z0-9]/g, '')];
      if (column && columns[column] === undefined) columns[column] = col;
    });
    if (complete(columns)) return { index, columns };
  }
  throw new AppError('invalid', missingKey, 'file');
}
