import { topInformation } from './build-report.ts';
import { type SengketaRow, sengketaMatches } from './count-sengketa.ts';
import { type CountedRequest, matches, parseSelection, sengketaCell } from './selection.ts';

/** A request behind a report cell: the facts it was counted by, never the requester's personal data. */
export type CellRequest = Omit<CountedRequest, 'informationKey'>;

/** The rows behind one cell: requests, or disputes for a `sengketa` cell; `jumlah` is the cell's number. */
export type CellRows =
  | { sel: string; jenis: 'permohonan'; jumlah: number; baris: CellRequest[] }
  | { sel: string; jenis: 'sengketa'; jumlah: number; baris: SengketaRow[] };

/**
 * Lists what a cell counted, filtering with the same selection the report was built with, so the
 * number of rows is the number in the report. A malformed `sel` is a 400 on `sel`.
 */
export function cellRows(requests: readonly CountedRequest[], disputes: readonly SengketaRow[], sel: string): CellRows {
  const criteria = parseSelection(sel);
  const dispute = sengketaCell(criteria);
  if (dispute) {
    const baris = disputes.filter((d) => sengketaMatches(d, dispute.stage));
    return { sel, jenis: 'sengketa', jumlah: baris.length, baris };
  }
  const keys = topInformation(requests).map((t) => t.key);
  const baris = requests.filter((r) => matches(r, criteria, keys)).map(({ informationKey: _key, ...r }) => r);
  return { sel, jenis: 'permohonan', jumlah: baris.length, baris };
}
