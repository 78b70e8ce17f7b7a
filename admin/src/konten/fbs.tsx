import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { FormStatus, useForm } from '../ui/form.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import { afterChange } from './queries.ts';
import type { KontenDetail } from './types.ts';

/**
 * The nine Filter Before Sharing items (seed 002 §III.C) beside the text. In `ditinjau` the redaktur
 * confirms each (with an optional note) or takes a confirmation back; afterwards it shows who
 * confirmed what and when.
 */
export function FbsChecklist({ detail }: { detail: KontenDetail }) {
  const katalog = useKatalog().data;
  const form = useForm([]);
  const [notes, setNotes] = useState<Record<number, string>>({});
  // Only the redaktur reviewing now may confirm: in `ditinjau`, returning the item is theirs alone.
  const mayConfirm = detail.item.status === 'ditinjau' && detail.moves.includes('dikembalikan');
  const byItem = new Map(detail.fbs.items.map((x) => [x.item, x]));
  const done = detail.fbs.items.filter((x) => x.confirmedAt).length;
  const act = (n: number, method: 'PUT' | 'DELETE') =>
    form.run(async () => {
      const note = notes[n]?.trim();
      afterChange(
        await api<KontenDetail>(`/konten/${detail.item.id}/fbs/${n}`, { method, body: method === 'PUT' ? { catatan: note || undefined } : undefined }),
      );
    });
  return (
    <section className="card fbs" aria-labelledby="fbs-title">
      <h2 id="fbs-title">{t('fbs.title')}</h2>
      <p className="hint">{t('fbs.intro')}</p>
      <p role="status">{t('fbs.progress', { done, round: detail.fbs.round })}</p>
      <FormStatus form={form} />
      <ol className="fbs-items">
        {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => {
          const c = byItem.get(n);
          const confirmed = Boolean(c?.confirmedAt);
          return (
            <li key={n} className={confirmed ? 'fbs-done' : undefined}>
              <p>{labelOf(katalog, 'fbs', n)}</p>
              {confirmed ? (
                <p className="muted">
                  ✓ {t('fbs.by', { name: c?.confirmedLabel ?? '—', date: formatDateTime(c?.confirmedAt) })}
                  {c?.note ? ` — ${c.note}` : ''}
                </p>
              ) : (
                <p className="muted">{t('fbs.open')}</p>
              )}
              {mayConfirm && !confirmed && (
                <div className="fbs-act">
                  <label className="visually-hidden" htmlFor={`fbs-note-${n}`}>
                    {t('fbs.note', { n })}
                  </label>
                  <input
                    id={`fbs-note-${n}`}
                    placeholder={t('fbs.note', { n })}
                    value={notes[n] ?? ''}
                    onChange={(e) => setNotes({ ...notes, [n]: e.target.value })}
                  />
                  <button type="button" onClick={() => void act(n, 'PUT')} aria-label={`${t('fbs.confirm')} ${n}`}>
                    {t('fbs.confirm')}
                  </button>
                </div>
              )}
              {mayConfirm && confirmed && (
                <button type="button" className="btn-link" onClick={() => void act(n, 'DELETE')} aria-label={`${t('fbs.undo')} ${n}`}>
                  {t('fbs.undo')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
