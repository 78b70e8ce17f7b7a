import { t } from '../i18n.ts';
import type { Report } from './impor-wordpress-report.tsx';

// The API's state of an import (src/modules/impor-wp/import-state.ts).
type Hasil = NonNullable<Report['hasil']>;
export type ImportState = {
  id: string;
  status: 'diunggah' | 'antre' | 'berjalan' | 'diuji' | 'selesai' | 'gagal';
  tugas: 'uji' | 'impor' | null;
  progres: { tahap: string; selesai: number; total: number; hasil: Hasil } | null;
  laporan: Report | null;
  galat: string | null;
};

/** Whether the server still works on it (the screen keeps polling). */
export const isBusy = (s: ImportState | undefined) => s?.status === 'antre' || s?.status === 'berjalan';

/** Queued, checking, or importing with the counts so far; or why it stopped. Announced politely to screen readers. */
export function ImportProgressView({ state }: { state: ImportState }) {
  if (state.status === 'gagal') {
    return (
      <div className="alert alert-error" role="alert">
        <p>{t('imporWp.stopped', { galat: state.galat ?? '' })}</p>
        {state.progres && <p>{t('imporWp.stoppedSoFar', state.progres.hasil)}</p>}
      </div>
    );
  }
  const p = state.progres;
  const writing = state.status === 'berjalan' && state.tugas === 'impor' && p && p.total > 0 && p.tahap !== 'membaca';
  return (
    <div className="card" role="status" aria-live="polite">
      {state.status === 'antre' && <p>{t('imporWp.queued')}</p>}
      {state.status === 'berjalan' && !writing && <p>{t('imporWp.checking')}</p>}
      {writing && (
        <>
          <label htmlFor="impor-wp-progress">{t('imporWp.progressLabel')}</label>
          <progress id="impor-wp-progress" max={p.total} value={p.selesai} />
          <p>{t('imporWp.progress', { selesai: p.selesai, total: p.total, ...p.hasil })}</p>
        </>
      )}
      <p className="hint">{t('imporWp.working')}</p>
    </div>
  );
}
