import type { ReactNode } from 'react';
import { ApiError, api } from '../api.ts';
import { Field } from './form.tsx';

export type ImportRowProblem = { field: string; message: string };
export type PreviewRow = { row: number; errors: ImportRowProblem[] };
export type PreviewResult<R extends PreviewRow> = { ok: boolean; rows: R[] };

/**
 * Posts a spreadsheet (CSV or XLSX) for a dry run or the import itself. The server answers a
 * preview with problems as a 400 that carries rows: that is a preview, not a failure of the form.
 */
export async function sendSpreadsheet<T extends PreviewResult<PreviewRow>>(
  path: string,
  file: File | null,
  dryRun: boolean,
  fields: Record<string, string>,
): Promise<T> {
  const body = new FormData();
  if (file) body.set('file', file);
  body.set('dryRun', String(dryRun));
  for (const [k, v] of Object.entries(fields)) if (v) body.set(k, v);
  try {
    return await api<T>(path, { form: body });
  } catch (err) {
    const rows = err instanceof ApiError ? (err.body as Partial<T> | undefined)?.rows : undefined;
    if (rows) return { ok: false, rows } as T;
    throw err;
  }
}

/** The file input of a spreadsheet import; choosing another file drops the old preview. */
export function SpreadsheetField({ label, error, onFile }: { label: string; error?: string; onFile: (file: File | null) => void }) {
  return (
    <Field label={label} error={error}>
      {(a) => (
        <input
          {...a}
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}

export type PreviewColumn<R> = { label: string; cell: (row: R) => ReactNode; className?: string };

type PreviewProps<R extends PreviewRow> = {
  rows: R[];
  columns: PreviewColumn<R>[];
  labels: { row: string; problems: string; ready: string; hasErrors: (n: number) => string; run: string };
  /** How a problem names its field, when the table shows it. */
  fieldName?: (field: string) => string;
  busy: boolean;
  onRun: () => void;
};

/** Every row of a spreadsheet with its problems; the import button shows only when no row has one. */
export function ImportPreview<R extends PreviewRow>({ rows, columns, labels, fieldName, busy, onRun }: PreviewProps<R>) {
  const bad = rows.filter((r) => r.errors.length > 0).length;
  return (
    <>
      {bad > 0 ? (
        <p className="alert alert-error" role="alert">
          {labels.hasErrors(bad)}
        </p>
      ) : (
        <p className="alert alert-ok" role="status">
          {labels.ready}
        </p>
      )}
      <div className="table-wrap">
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{labels.row}</th>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
              <th scope="col">{labels.problems}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className={r.errors.length ? 'row-error' : undefined}>
                <th scope="row">{r.row}</th>
                {columns.map((c) => (
                  <td key={c.label} data-label={c.label} className={c.className}>
                    {c.cell(r)}
                  </td>
                ))}
                <td data-label={labels.problems}>
                  {r.errors.length > 0 && (
                    <ul className="problems">
                      {r.errors.map((err) => (
                        <li key={`${err.field}:${err.message}`}>
                          {fieldName && <strong>{fieldName(err.field)}: </strong>}
                          {err.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bad === 0 && rows.length > 0 && (
        <button type="button" aria-disabled={busy} onClick={onRun}>
          {labels.run}
        </button>
      )}
    </>
  );
}
