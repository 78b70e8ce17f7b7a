import { splitNameAndNip } from '../org/parse-team-rows.ts';
import { findHeaderRow } from '../org/read-team-table.ts';

/** One participant row as written in the file, before it is checked. */
export type AlumniFileRow = {
  row: number;
  nama: string;
  nip: string | null;
  instansi: string;
  jabatan: string;
  program: string;
  angkatan: string;
  tahun: string;
};

type Column = 'nama' | 'nip' | 'instansi' | 'jabatan' | 'program' | 'angkatan' | 'tahun';

// Header texts seen in BPSDM participant lists, compared without case, spaces or punctuation.
const headerNames: Record<string, Column> = {
  nama: 'nama',
  namalengkap: 'nama',
  namapeserta: 'nama',
  nip: 'nip',
  instansi: 'instansi',
  asalinstansi: 'instansi',
  unitkerja: 'instansi',
  perangkatdaerah: 'instansi',
  opd: 'instansi',
  jabatan: 'jabatan',
  program: 'program',
  diklat: 'program',
  pelatihan: 'program',
  jenisdiklat: 'program',
  angkatan: 'angkatan',
  tahun: 'tahun',
};

const findHeader = (rows: string[][]) => findHeaderRow(rows, headerNames, (c) => c.nama !== undefined, 'alumni.import.header_missing');

/**
 * Turns a participant table into rows: finds the header (at least "Nama"), splits a NIP written
 * after the name, and fills programme, batch and year from the form where the file has no column.
 */
export function parseAlumniRows(rows: string[][], defaults: { program: string; angkatan: string; tahun: string }): AlumniFileRow[] {
  const { index, columns } = findHeader(rows);
  const cell = (row: string[], column: Column) => (columns[column] === undefined ? '' : (row[columns[column]!] ?? '').trim());
  const out: AlumniFileRow[] = [];
  for (let i = index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((c) => !c?.trim())) continue;
    const split = splitNameAndNip(cell(row, 'nama'));
    out.push({
      row: i + 1,
      nama: split.name,
      nip: cell(row, 'nip') || split.nip,
      instansi: cell(row, 'instansi'),
      jabatan: cell(row, 'jabatan'),
      program: cell(row, 'program') || defaults.program,
      angkatan: cell(row, 'angkatan') || defaults.angkatan,
      tahun: cell(row, 'tahun') || defaults.tahun,
    });
  }
  return out;
}
