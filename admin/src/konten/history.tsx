import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { labelOf, useKatalog } from './katalog.ts';
import type { Langkah } from './types.ts';

/** The item's way through the workflow: each move, who made it, when, and the note given. */
export function WorkflowHistory({ id }: { id: string }) {
  const katalog = useKatalog().data;
  const steps = useQuery({ queryKey: ['konten', 'riwayat', id], queryFn: () => api<{ items: Langkah[] }>(`/konten/${id}/riwayat`) });
  return (
    <section className="card" aria-labelledby="hist-title">
      <h2 id="hist-title">{t('hist.title')}</h2>
      {steps.error && <p className="alert alert-error">{steps.error.message}</p>}
      {steps.data?.items.length === 0 && <p className="muted">{t('hist.empty')}</p>}
      <ol className="history">
        {(steps.data?.items ?? []).map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: history steps are append-only and never reorder
          <li key={i}>
            <strong>
              {s.from
                ? t('hist.step', { from: labelOf(katalog, 'status', s.from), to: labelOf(katalog, 'status', s.to) })
                : `${t('hist.created')}: ${labelOf(katalog, 'status', s.to)}`}
            </strong>
            <br />
            <span className="muted">
              {s.actorLabel} · {formatDateTime(s.at)}
            </span>
            {s.note && <p className="note">{s.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
