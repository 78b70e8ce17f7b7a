import { useQuery } from '@tanstack/react-query';
import { diffWords } from 'diff';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { plainLines } from './plain.ts';
import type { Revisi } from './types.ts';

/** One field of two revisions side by side: removed words marked on the left, added ones on the right. */
function SideBySide({ label, before, after }: { label: string; before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <div className="compare-row">
      <h4>{label}</h4>
      <div className="compare-cols">
        <div className="compare-old">
          {parts.map((p, i) =>
            p.added ? null : p.removed ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
              <del key={i} title={t('rev.removed')}>
                {p.value}
              </del>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
              <span key={i}>{p.value}</span>
            ),
          )}
        </div>
        <div className="compare-new">
          {parts.map((p, i) =>
            p.removed ? null : p.added ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
              <ins key={i} title={t('rev.added')}>
                {p.value}
              </ins>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one diff never reorder
              <span key={i}>{p.value}</span>
            ),
          )}
        </div>
      </div>
    </div>
  );
}

/** Compares two revisions of an item: title, summary and text, older on the left. */
export function RevisionCompare({ kontenId, olderId, newerId }: { kontenId: string; olderId: string; newerId: string }) {
  const load = (id: string) => ({
    queryKey: ['konten', 'revisi', kontenId, id],
    queryFn: () => api<Revisi>(`/konten/${kontenId}/revisi/${id}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const older = useQuery(load(olderId));
  const newer = useQuery(load(newerId));
  if (older.error || newer.error) return <p className="alert alert-error">{(older.error ?? newer.error)?.message}</p>;
  if (!older.data || !newer.data) return <p className="loading">{t('app.loading')}</p>;
  const a = older.data;
  const b = newer.data;
  return (
    <section className="compare" aria-label={t('rev.compareWith', { a: a.nomor, b: b.nomor })}>
      <div className="compare-cols compare-head">
        <p>
          {t('rev.older')}: {t('rev.number', { n: a.nomor })} · {a.authorLabel}
        </p>
        <p>
          {t('rev.newer')}: {t('rev.number', { n: b.nomor })} · {b.authorLabel}
        </p>
      </div>
      <SideBySide label={t('konten.judul')} before={a.judul} after={b.judul} />
      <SideBySide label={t('edit.ringkasan')} before={a.ringkasan ?? ''} after={b.ringkasan ?? ''} />
      <SideBySide label={t('edit.isi')} before={plainLines(a.isi)} after={plainLines(b.isi)} />
    </section>
  );
}
