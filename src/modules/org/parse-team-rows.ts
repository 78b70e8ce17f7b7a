import { findHeaderRow } from './read-team-table.ts';

/** One row of a team list as written, before it is matched against the database. */
export type TeamRow = { row: number; name: string; nip: string | null; position: string | null; unit: string | null; role: string | null };

type Column = 'no' | 'name' | 'nip' | 'position' | 'unit' | 'role';

// Header texts seen in decrees and spreadsheets, compared without case, spaces or punctuation.
const headerNames: Record<string, Column> = {
  no: 'no',
  nomor: 'no',
  nama: 'name',
  namalengkap: 'name',
  nip: 'nip',
  jabatan: 'position',
  perangkatdaerah: 'unit',
  unitkerja: 'unit',
  unit: 'unit',
  opd: 'unit',
  peran: 'role',
  peranantim: 'role',
  peranditim: 'role',
};

const findHeader = (rows: string[][]) =>
  findHeaderRow(rows, headerNames, (c) => c.name !== undefined && c.position !== undefined && c.unit !== undefined, 'org.import.header_missing');

/** Splits "Nama Lengkap, S.Kom NIP.19850312 201001 1 004" into the name and the NIP text. */
export function splitNameAndNip(cell: string): { name: string; nip: string | null } {
  const match = /\bnip\b\s*[.:]?\s*([0-9][0-9 .-]*)$/i.exec(cell.trim());
  if (!match) return { name: cell.trim(), nip: null };
  return {
    name: cell
      .slice(0, match.index)
      .trim()
      .replace(/[,;]+$/, '')
      .trim(),
    nip: match[1]!.trim(),
  };
}

const blankToNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * Turns the rows of a team table (Lampiran II of a team decree) into team rows: finds the header,
 * splits the NIP out of the name, and carries each unit name down to the rows below it.
 */
export function parseTeamRows(rows: string[][]): TeamRow[] {
  const { index, columns } = findHeader(rows);
  const cell = (row: string[], column: Column) => (columns[column] === undefined ? undefined : row[columns[column]!]);
  const result: TeamRow[] = [];
  let unit: string | null = null;
  for (let i = index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((c) => !c?.trim())) continue;
    unit = blankToNull(cell(row, 'unit')) ?? unit;
    const split = splitNameAndNip(cell(row, 'name') ?? '');
    result.push({
      row: i + 1,
      name: split.name,
      nip: blankToNull(cell(row, 'nip')) ?? split.nip,
      position: blankToNull(cell(row, 'position')),
      unit,
      role: blankToNull(cell(row, 'role')),
    });
  }
  return result;
}
