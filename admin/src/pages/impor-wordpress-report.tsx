import { useState } from 'react';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';

// The API's report (src/modules/impor-wp/report.ts and run-import.ts).
type Row = {
  wpId: number;
  jenisWp: 'post' | 'page';
  judul: string;
  status: 'terbit' | 'draf';
  jenis: 'berita' | 'artikel' | 'pengumuman';
  aksi: 'baru' | 'perbarui';
  peringatan: string[];
  galat: string[];
};
export type Report = {
  ok: boolean;
  dryRun: boolean;
  counts: Record<string, number>;
  peringatan: string[];
  rows: Row[];
  hasil?: { baru: number; diperbarui: number; tetap: number; media: number; pengalihan: number };
};

const countKeys = [
  'posts',
  'pages',
  'published',
  'drafts',
  'updates',
  'categories',
  'tags',
  'authors',
  'images',
  'missingImages',
  'redirects',
  'rowsWithErrors',
] as const;

/** The dry run's counts, notes and rows (or the run's result). */
export function ReportView({ report }: { report: Report }) {
  const [onlyProblems, setOnlyProblems] = useState((report.counts.rowsWithErrors ?? 0) > 0);
  const rows = onlyProblems ? report.rows.filter((r) => r.galat.length || r.peringatan.length) : report.rows;
  return (
    <section aria-labelledby="impor-wp-report">
      <h2 id="impor-wp-report">{t(report.dryRun ? 'imporWp.report' : 'imporWp.result')}</h2>
      {report.hasil ? (
        <p className="alert alert-ok" role="status">
          {t('imporWp.done', report.hasil)}
        </p>
      ) : report.ok ? (
        <p className="alert alert-ok" role="status">
          {t('imporWp.ready')}
        </p>
      ) : (
        <p className="alert alert-error" role="alert">
          {t('imporWp.notReady', { n: report.counts.rowsWithErrors ?? 0 })}
        </p>
      )}
      <dl className="facts">
        {countKeys.map((k) => (
          <div key={k}>
            <dt>{t(`imporWp.count.${k}` as MessageKey)}</dt>
            <dd>{report.counts[k] ?? 0}</dd>
          </div>
        ))}
      </dl>
      {report.peringatan.map((p) => (
        <p key={p} className="alert">
          {p}
        </p>
      ))}
      <label className="check">
        <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} /> {t('imporWp.onlyProblems')}
      </label>
      <div className="table-wrap">
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('imporWp.col.title')}</th>
              <th scope="col">{t('imporWp.col.type')}</th>
              <th scope="col">{t('imporWp.col.status')}</th>
              <th scope="col">{t('imporWp.col.kind')}</th>
              <th scope="col">{t('imporWp.col.action')}</th>
              <th scope="col">{t('imporWp.col.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.wpId} className={r.galat.length ? 'row-error' : undefined}>
                <th scope="row">{r.judul}</th>
                <td data-label={t('imporWp.col.type')}>{t(`imporWp.type.${r.jenisWp}`)}</td>
                <td data-label={t('imporWp.col.status')}>{t(`imporWp.status.${r.status}`)}</td>
                <td data-label={t('imporWp.col.kind')}>{t(`imporWp.kind.${r.jenis}`)}</td>
                <td data-label={t('imporWp.col.action')}>{t(`imporWp.action.${r.aksi}`)}</td>
                <td data-label={t('imporWp.col.problems')}>
                  {(r.galat.length > 0 || r.peringatan.length > 0) && (
                    <ul className="problems">
                      {r.galat.map((g) => (
                        <li key={g}>
                          <strong>{g}</strong>
                        </li>
                      ))}
                      {r.peringatan.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
