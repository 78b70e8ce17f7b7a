import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { FormStatus, useForm } from '../ui/form.tsx';
import { afterChange } from './queries.ts';
import type { KontenDetail, RevisiRingkas } from './types.ts';

// The comparison (and its diff library) loads only when someone compares two revisions.
const RevisionCompare = lazy(() => import('./revision-compare.tsx').then((m) => ({ default: m.RevisionCompare })));

/** Every saved revision (who, when, which is live or approved); tick two to compare, or restore one. */
export function RevisionHistory({ detail }: { detail: KontenDetail }) {
  const id = detail.item.id;
  const list = useQuery({
    queryKey: ['konten', 'revisi', id, 'list', detail.revisi.id],
    queryFn: () => api<{ items: RevisiRingkas[] }>(`/konten/${id}/revisi`),
  });
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const form = useForm([]);
  const items = list.data?.items ?? [];
  const toggle = (rid: string) => {
    setComparing(false);
    setPicked((p) => (p.includes(rid) ? p.filter((x) => x !== rid) : [...p, rid].slice(-2)));
  };
  const restore = (r: RevisiRingkas) => {
    if (!window.confirm(t('rev.restoreConfirm', { n: r.nomor }))) return;
    void form.run(async () => afterChange(await api<KontenDetail>(`/konten/${id}/revisi/${r.id}/pulihkan`, { method: 'POST' })), t('rev.restored'));
  };
  const [older, newer] = [...picked].sort((a, b) => (items.find((r) => r.id === a)?.nomor ?? 0) - (items.find((r) => r.id === b)?.nomor ?? 0));
  return (
    <section className="card" aria-labelledby="rev-title">
      <h2 id="rev-title">{t('rev.title')}</h2>
      <FormStatus form={form} />
      {list.error && <p className="alert alert-error">{list.error.message}</p>}
      <ul className="rev-list">
        {items.map((r) => (
          <li key={r.id}>
            <label>
              <input type="checkbox" checked={picked.includes(r.id)} onChange={() => toggle(r.id)} /> {t('rev.number', { n: r.nomor })}
            </label>{' '}
            {r.isLive && <span className="badge badge-ok">{t('rev.live')}</span>} {r.isApproved && <span className="badge">{t('rev.approved')}</span>}
            <br />
            <span className="muted">
              {r.authorLabel} · {formatDateTime(r.createdAt)}
            </span>
            {detail.canEdit && r.id !== detail.revisi.id && (
              <button type="button" className="btn-link" onClick={() => restore(r)}>
                {t('rev.restore')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="btn-secondary" disabled={picked.length !== 2} onClick={() => setComparing(true)}>
        {t('rev.compare')}
      </button>
      {picked.length !== 2 && items.length > 1 && <p className="hint">{t('rev.pickTwo')}</p>}
      {comparing && older && newer && (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <RevisionCompare kontenId={id} olderId={older} newerId={newer} />
        </Suspense>
      )}
    </section>
  );
}
