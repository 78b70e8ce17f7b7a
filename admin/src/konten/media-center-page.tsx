import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { mediaCenterTabs } from '../routes/search.ts';
import { useSession } from '../session.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import { afterChange } from './queries.ts';

/** A proposal in the Media Center queue (GET /api/media-center). */
type Usulan = {
  kontenId: string;
  judul: string;
  unitName: string;
  jenis: string;
  status: string;
  note: string | null;
  proposedAt: string;
  proposedLabel?: string;
};

/** The Media Center queue: the coordinator accepts or declines (with a note), the admin pendamping publishes centrally. */
export function MediaCenterPage({ tab }: { tab: (typeof mediaCenterTabs)[number] | undefined }) {
  const { me } = useSession();
  const katalog = useKatalog().data;
  const status = tab ?? 'diusulkan';
  const queue = useQuery({ queryKey: ['konten', 'media-center', status], queryFn: () => api<{ items: Usulan[] }>(`/media-center?status=${status}`) });
  const holds = (role: string) => me.user.isAdmin || me.roles.some((r) => r.role === role);
  return (
    <Page title={t('mc.title')}>
      <p className="hint">{t('mc.intro')}</p>
      <nav className="tabs" aria-label={t('mc.title')}>
        <ul>
          {mediaCenterTabs.map((s) => (
            <li key={s}>
              <Link to={`/media-center?status=${s}`} current={s === status}>
                {labelOf(katalog, 'mediaCenter', s)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.error && <p className="alert alert-error">{queue.error.message}</p>}
      {queue.data?.items.length === 0 && <p className="muted">{t('mc.empty')}</p>}
      <ul className="cards">
        {(queue.data?.items ?? []).map((u) => (
          <li key={u.kontenId} className="card">
            <h2>
              <Link to={`/konten/${u.kontenId}`}>{u.judul}</Link>
            </h2>
            <p className="muted">
              {labelOf(katalog, 'jenis', u.jenis)} · {u.unitName} · {formatDateTime(u.proposedAt)}
            </p>
            {u.note && <p className="note">{u.note}</p>}
            {status === 'diusulkan' && holds('koordinator_media_center') && <Decide kontenId={u.kontenId} moves={['diterima', 'ditolak']} />}
            {status === 'diterima' && holds('admin_pendamping') && <Decide kontenId={u.kontenId} moves={['terbit_pusat']} />}
          </li>
        ))}
      </ul>
    </Page>
  );
}

function Decide({ kontenId, moves }: { kontenId: string; moves: string[] }) {
  const form = useForm(['catatan', 'ke']);
  const [note, setNote] = useState('');
  const go = (ke: string) =>
    form.run(async () => {
      if (ke === 'ditolak' && !note.trim()) return form.fail(t('moves.noteRequired'), 'catatan');
      await api(`/media-center/${kontenId}/status`, { method: 'POST', body: { ke, ...(note.trim() ? { catatan: note.trim() } : {}) } });
      afterChange();
    }, t('mc.done'));
  const label = { diterima: t('mc.accept'), ditolak: t('mc.decline'), terbit_pusat: t('mc.publish') } as Record<string, string>;
  return (
    <div>
      <FormStatus form={form} />
      {moves.includes('ditolak') && (
        <Field label={t('mc.note')} error={form.errorFor('catatan')}>
          {(a11y) => <textarea {...a11y} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      )}
      <p className="actions">
        {moves.map((ke) => (
          <button key={ke} type="button" className={ke === 'ditolak' ? 'btn-secondary' : undefined} onClick={() => void go(ke)}>
            {label[ke]}
          </button>
        ))}
      </p>
    </div>
  );
}
