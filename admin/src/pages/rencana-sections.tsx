import { useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import type { Realisasi } from './redaksi-terms.ts';

/** Planned against published for the period the calendar shows, three lists with their counts. */
export function RealisasiSection({ unitId, from, to, reloadKey }: { unitId: string; from: string; to: string; reloadKey: number }) {
  const loaded = useLoad<Realisasi>(`/units/${unitId}/rencana/realisasi?dari=${from}&sampai=${to}&_=${reloadKey}`);
  const data = loaded.data;
  const block = (key: MessageKey, count: number, lines: Array<{ id: string; text: string; kontenId?: string; done?: boolean }>) => (
    <div className="card">
      <h3>
        <span className="count">{count}</span>
        {t(key)}
      </h3>
      {lines.length === 0 ? (
        <p className="muted">{t('rdk.r.none')}</p>
      ) : (
        <ul>
          {lines.map((l) => (
            <li key={l.id}>
              {l.done && <span className="badge">{t('rdk.st.terlaksana')}</span>} {l.kontenId ? <Link to={`/konten/${l.kontenId}`}>{l.text}</Link> : l.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section aria-labelledby="rdk-realisasi">
      <h2 id="rdk-realisasi">{t('rdk.realisasi')}</h2>
      <p className="muted">
        {formatDate(from)} – {formatDate(new Date(new Date(`${to}T12:00:00Z`).getTime() - 86_400_000).toISOString())}. {t('rdk.realisasiIntro')}
      </p>
      <LoadState loaded={loaded} />
      {data && (
        <>
          <div className="rdk-counts">
            {block(
              'rdk.r.terencanaTerbit',
              data.jumlah.terencanaTerbit,
              data.terencanaTerbit.map((d) => ({ id: d.rencana.id, text: `${d.rencana.judul} → ${d.konten.judul}`, kontenId: d.konten.id, done: true })),
            )}
            {block(
              'rdk.r.terencanaBelumTerbit',
              data.jumlah.terencanaBelumTerbit,
              data.terencanaBelumTerbit.map((r) => ({ id: r.id, text: `${formatDate(r.tanggal)}: ${r.judul}` })),
            )}
            {block(
              'rdk.r.terbitTanpaRencana',
              data.jumlah.terbitTanpaRencana,
              data.terbitTanpaRencana.map((k) => ({ id: k.id, text: k.judul, kontenId: k.id })),
            )}
          </div>
          {data.jumlah.dibatalkan > 0 && <p className="muted">{t('rdk.r.dibatalkan', { n: data.jumlah.dibatalkan })}</p>}
        </>
      )}
    </section>
  );
}

/** The unit's private calendar address for phones: shown to the team, made or replaced by the planners. */
export function FeedSection({ unitId, mayPlan }: { unitId: string; mayPlan: boolean }) {
  const loaded = useLoad<{ url: string | null }>(`/units/${unitId}/rencana/feed`);
  const [made, setMade] = useState<string | null>(null);
  const form = useForm([]);
  const url = made ?? loaded.data?.url ?? null;
  return (
    <section aria-labelledby="rdk-ical">
      <h2 id="rdk-ical">{t('rdk.ical')}</h2>
      <LoadState loaded={loaded} />
      {loaded.data && (
        <>
          <p>{url ? t('rdk.icalIntro') : t('rdk.icalNone')}</p>
          {url && (
            <p>
              <label htmlFor="rdk-feed-url">{t('rdk.icalAddress')}</label>
              <input id="rdk-feed-url" className="feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            </p>
          )}
          <FormStatus form={form} />
          {mayPlan && (
            <button
              type="button"
              className="btn-secondary"
              aria-disabled={form.busy}
              onClick={() => {
                if (url && !window.confirm(t('rdk.icalConfirm'))) return;
                void form.run(async () => setMade((await api<{ url: string }>(`/units/${unitId}/rencana/feed`, { method: 'POST' })).url));
              }}
            >
              {url ? t('rdk.icalRenew') : t('rdk.icalMake')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
