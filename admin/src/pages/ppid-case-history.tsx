import { formatDateTime, t } from '../i18n.ts';

export type HistoryStep = { id: string; at: string; fromStatus: string | null; toStatus: string; actorLabel: string; note: string | null };

/** A request's or an objection's history: each step with its time, who took it and the note. */
export function CaseHistory({ id, steps, statusText }: { id: string; steps: readonly HistoryStep[]; statusText: (status: string) => string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('pmh.history')}</h2>
      <div className="table-wrap">
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('pmh.historyAt')}</th>
              <th scope="col">{t('pmh.historyStep')}</th>
              <th scope="col">{t('pmh.historyBy')}</th>
              <th scope="col">{t('ppid.note')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((h) => (
              <tr key={h.id}>
                <td data-label={t('pmh.historyAt')}>{formatDateTime(h.at)}</td>
                <td data-label={t('pmh.historyStep')}>
                  {h.fromStatus ? `${statusText(h.fromStatus)} → ` : ''}
                  {statusText(h.toStatus)}
                </td>
                <td data-label={t('pmh.historyBy')}>{h.actorLabel}</td>
                <td data-label={t('ppid.note')}>{h.note ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
