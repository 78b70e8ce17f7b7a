import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { queryClient } from '../query.ts';
import { useSession } from '../session.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { localOf, zonedToIso, zoneLabel } from '../zone.ts';
import { AkunBadges } from './akun-sosial-badges.tsx';
import { platformName } from './akun-sosial-types.ts';
import { kirimanWords } from './kiriman-words.ts';
import { KirimanHapus } from './konten-kiriman-hapus.tsx';

type Akun = {
  akunId: string;
  nama: string;
  platform: 'facebook' | 'instagram' | 'x' | 'youtube' | 'tiktok';
  mode: 'api' | 'manual';
  perluSambungUlang: boolean;
  simulasi: boolean;
  kiriman: {
    id: string;
    status: string;
    dijadwalkan: string;
    terbitAt: string | null;
    permalink: string | null;
    masalah: string | null;
    /** The answer to the post was lost and Warta could not verify it: a person pastes the link or marks it not published. */
    perluKepastian: boolean;
    hapus: 'api' | 'manual' | null;
  } | null;
  manual: { teks: string; berkas: Array<{ nama: string; url: string }> } | null;
};
type Panel = {
  akun: Akun[];
  bolehTerbitkan: boolean;
  adaGagal: boolean;
  platformTanpaAlamatPublik: string[];
  kontenTayang: boolean;
  adaTayang: boolean;
  bolehHapusSemua: boolean;
};

const moving = ['antri', 'berjalan', 'belum_pasti', 'menghapus'];
const approved = ['disetujui', 'dijadwalkan', 'terbit'];
// Off the website: the posts still up on social media are offered for deletion.
const withdrawn = ['ditarik', 'diarsipkan'];

/**
 * The item's social accounts: publish everywhere now or at a minute, each account's state in
 * words with its link, a retry for the failed ones only, and the paste box of a manual account.
 * Mounted on the item's screen with one line.
 */
export function KontenKiriman({ kontenId, status }: { kontenId: string; status: string }) {
  const { me } = useSession();
  const zone = me.tenant.timeZone;
  const key = ['sosial', 'kiriman', kontenId];
  const panel = useQuery({
    queryKey: key,
    queryFn: () => api<Panel>(`/sosial/konten/${kontenId}/kiriman`),
    // While posts are on their way, their state is read again every few seconds.
    refetchInterval: (q) => (q.state.data?.akun.some((a) => a.kiriman && moving.includes(a.kiriman.status)) ? 4000 : false),
  });
  const form = useForm(['jadwal', 'akunIds', 'url', 'kontenId']);
  const [scheduling, setScheduling] = useState(false);
  const [when, setWhen] = useState(() => localOf(new Date(Date.now() + 30 * 60_000).toISOString(), zone));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const publish = (jadwal: string | null) =>
    form.run(async () => {
      await api(`/sosial/konten/${kontenId}/terbitkan`, { method: 'POST', body: jadwal ? { jadwal } : {} });
      setScheduling(false);
      refresh();
    }, t('kiriman.publishing'));
  const retry = () =>
    form.run(async () => {
      await api(`/sosial/konten/${kontenId}/ulang`, { method: 'POST', body: {} });
      refresh();
    }, t('kiriman.retried'));
  const data = panel.data;
  if (!data) return null;
  const unsent = data.akun.some((a) => !a.kiriman || a.kiriman.status === 'dihapus');
  return (
    <section className="card" aria-labelledby="kiriman-title">
      <h2 id="kiriman-title">{t('kiriman.title')}</h2>
      <FormStatus form={form} />
      {data.akun.length === 0 && <p className="muted">{t('kiriman.empty')}</p>}
      {data.platformTanpaAlamatPublik.length > 0 && (
        <p role="note" className="notice">
          {t('kiriman.noPublicAddress', { platforms: data.platformTanpaAlamatPublik.join(', ') })}
        </p>
      )}
      {data.akun.length > 0 && data.bolehTerbitkan && unsent && !approved.includes(status) && <p className="muted">{t('kiriman.notApproved')}</p>}
      {data.akun.length > 0 && data.bolehTerbitkan && unsent && approved.includes(status) && (
        <div className="move-buttons">
          <button type="button" onClick={() => void publish(null)}>
            {t('kiriman.publishNow')}
          </button>
          <button type="button" className="btn-secondary" aria-expanded={scheduling} onClick={() => setScheduling(!scheduling)}>
            {t('kiriman.schedule')}
          </button>
        </div>
      )}
      {scheduling && (
        <div className="move-input">
          <Field label={t('kiriman.scheduleAt', { zone: zoneLabel(zone) })} error={form.errorFor('jadwal')}>
            {(a11y) => <input {...a11y} type="datetime-local" required value={when} onChange={(e) => setWhen(e.target.value)} />}
          </Field>
          <button type="button" onClick={() => void publish(zonedToIso(when, zone) ?? '')}>
            {t('kiriman.scheduleConfirm')}
          </button>
        </div>
      )}
      <ul className="kiriman-list">
        {data.akun.map((a) => (
          <AkunRow key={a.akunId} akun={a} canAct={data.bolehTerbitkan} onChange={refresh} />
        ))}
      </ul>
      {data.adaGagal && (
        <button type="button" className="btn-secondary" onClick={() => void retry()}>
          {t('kiriman.retryFailed')}
        </button>
      )}
      {data.bolehTerbitkan && data.adaTayang && (
        <KirimanHapus kontenId={kontenId} akun={data.akun} ditarik={withdrawn.includes(status)} bolehHapusSemua={data.bolehHapusSemua} onChange={refresh} />
      )}
    </section>
  );
}

function AkunRow({ akun, canAct, onChange }: { akun: Akun; canAct: boolean; onChange: () => void }) {
  const k = akun.kiriman;
  const name = platformName(akun.platform);
  const form = useForm(['url']);
  const [url, setUrl] = useState('');
  const save = () =>
    form.run(async () => {
      await api(`/sosial/kiriman/${k?.id}/tautan`, { method: 'POST', body: { url } });
      onChange();
    }, t('kiriman.linkSaved'));
  const notPosted = () =>
    form.run(async () => {
      await api(`/sosial/kiriman/${k?.id}/belum-terbit`, { method: 'POST', body: {} });
      onChange();
    }, t('kiriman.markedNotPosted'));
  const linkField = (
    <>
      <FormStatus form={form} />
      <Field label={t('kiriman.link', { platform: name })} error={form.errorFor('url')}>
        {(a11y) => <input {...a11y} type="url" inputMode="url" required value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <button type="button" onClick={() => void save()}>
        {t('kiriman.saveLink')}
      </button>
    </>
  );
  return (
    <li>
      <p>
        <strong>{name}</strong> · {akun.nama}
        <AkunBadges akun={{ simulasi: akun.simulasi }} />
        {' — '}
        {kirimanWords(k)
          .map((w, i) => {
            const text = t(w.key, w.date ? { date: formatDateTime(w.date) } : {});
            return i === 0 ? text : ` (${text})`;
          })
          .join('')}
      </p>
      {k?.permalink && k.status !== 'dihapus' && (
        <p>
          <a href={k.permalink} target="_blank" rel="noopener noreferrer">
            {t('kiriman.view', { platform: name })}
          </a>
        </p>
      )}
      {/* A deletion's problem is told in the section of the posts still up. */}
      {k?.masalah && k.status !== 'menghapus' && k.status !== 'gagal_hapus' && <p className="error-text">{k.masalah}</p>}
      {akun.perluSambungUlang && <p className="error-text">{t('kiriman.reconnect')}</p>}
      {akun.manual && canAct && (
        <div className="move-input">
          <p className="muted">{t('kiriman.manualHelp', { platform: name })}</p>
          <Field label={t('kiriman.caption', { platform: name })}>{(a11y) => <textarea {...a11y} readOnly rows={4} value={akun.manual?.teks ?? ''} />}</Field>
          {akun.manual.berkas.map((b) => (
            <p key={b.url}>
              <a href={b.url} download>
                {t('kiriman.download', { name: b.nama })}
              </a>
            </p>
          ))}
          {linkField}
        </div>
      )}
      {k?.perluKepastian && canAct && (
        <div className="move-input">
          <p className="muted">{t('kiriman.verifyHelp', { platform: name })}</p>
          {linkField}
          <button type="button" className="btn-secondary" onClick={() => void notPosted()}>
            {t('kiriman.markNotPosted')}
          </button>
        </div>
      )}
    </li>
  );
}
