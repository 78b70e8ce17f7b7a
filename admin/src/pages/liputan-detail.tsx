import { useState } from 'react';
import { api } from '../api.ts';
import { formatDate, formatDateTime, t } from '../i18n.ts';
import { KontenPicker, type KontenTautan, LinkedKonten } from '../konten/konten-picker.tsx';
import type { MessageKey } from '../messages.ts';
import { useSession } from '../session.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { crewText } from './liputan.tsx';
import { LiputanForm } from './liputan-form.tsx';
import { type Liputan, type Riwayat, zoneName } from './redaksi-terms.ts';

/** One assignment: its facts, the status buttons this person may press (in words), the planners' edit, and its history. */
export function LiputanDetailPage({ id, justCreated }: { id: string; justCreated: boolean }) {
  const { me } = useSession();
  const loaded = useLoad<Liputan & { riwayat: Riwayat }>(`/liputan/${id}`);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string | null>(justCreated ? t('lpt.created') : null);
  const [text, setText] = useState('');
  const form = useForm(['catatan']);
  const l = loaded.data;
  const move = (to: string) => {
    if (to === 'dibatalkan' && !window.confirm(t('lpt.confirmCancel'))) return;
    void form
      .run(() => api(`/liputan/${id}/status`, { body: { ke: to, ...(text.trim() ? { catatan: text.trim() } : {}) } }))
      .then((ok) => {
        if (!ok) return;
        setText('');
        setNote(t('lpt.moved'));
        loaded.reload();
      });
  };
  return (
    <Page title={l?.kegiatan ?? t('lpt.title')}>
      <p>
        <Link to="/liputan">{t('app.back')}</Link>
      </p>
      <LoadState loaded={loaded} />
      <div role="status" className="status-slot">
        {note && <p className="alert alert-ok">{note}</p>}
      </div>
      {l && editing && (
        <section className="rdk-panel" aria-labelledby="lpt-edit">
          <h2 id="lpt-edit">{t('lpt.edit')}</h2>
          <LiputanForm
            unitId={l.unitId}
            item={l}
            onDone={() => {
              setEditing(false);
              setNote(t('lpt.saved'));
              loaded.reload();
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      )}
      {l && !editing && (
        <>
          <dl className="facts">
            <dt>{t('rdk.status')}</dt>
            <dd>{t(`lpt.st.${l.status}` as MessageKey)}</dd>
            <dt>{t('lpt.tanggal')}</dt>
            <dd>{t('lpt.when', { date: formatDate(l.tanggal), time: l.jam.replace(':', '.'), zone: zoneName(me) })}</dd>
            <dt>{t('lpt.tempat')}</dt>
            <dd>{l.tempat}</dd>
            <dt>{t('lpt.petugas')}</dt>
            <dd>{crewText(l)}</dd>
            {l.catatan && (
              <>
                <dt>{t('lpt.catatan')}</dt>
                <dd>{l.catatan}</dd>
              </>
            )}
          </dl>
          <FormStatus form={form} />
          {l.langkah.length > 0 && (
            <div className="status-buttons">
              <Field label={t('lpt.note')} error={form.errorFor('catatan')}>
                {(a) => <input {...a} value={text} maxLength={1000} onChange={(e) => setText(e.currentTarget.value)} />}
              </Field>
              {l.langkah.map((to) => (
                <button key={to} type="button" className={to === 'dibatalkan' ? 'btn-secondary' : undefined} aria-disabled={form.busy} onClick={() => move(to)}>
                  {t(`lpt.to.${to}` as MessageKey)}
                </button>
              ))}
            </div>
          )}
          {l.bisaUbah && ['direncanakan', 'diliput', 'produksi'].includes(l.status) && (
            <p>
              <button type="button" className="btn-secondary" onClick={() => setEditing(true)}>
                {t('lpt.edit')}
              </button>
            </p>
          )}
          <ProductsSection liputan={l} onSaved={() => loaded.reload()} />
          <section aria-labelledby="lpt-history">
            <h2 id="lpt-history">{t('lpt.history')}</h2>
            <ol>
              {l.riwayat.map((s) => (
                <li key={`${s.pada}-${s.ke}`}>
                  {formatDateTime(s.pada)} — {s.dari === null ? t('lpt.first') : t(`lpt.st.${s.ke}` as MessageKey)} ({s.oleh}){s.catatan && `: ${s.catatan}`}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </Page>
  );
}

/** The content items the assignment produced: shown to whoever reads it, linked and unlinked by the planners (saved at once). */
function ProductsSection({ liputan, onSaved }: { liputan: Liputan; onSaved: () => void }) {
  const form = useForm(['kontenIds']);
  const save = (next: KontenTautan[]) =>
    void form.run(async () => {
      await api(`/liputan/${liputan.id}`, { method: 'PATCH', body: { kontenIds: next.map((k) => k.id) } });
      onSaved();
    }, t('lpt.produkSaved'));
  return (
    <section aria-labelledby="lpt-produk">
      <h2 id="lpt-produk">{t('lpt.produk')}</h2>
      <FormStatus form={form} />
      {liputan.bisaUbah ? (
        <KontenPicker unitId={liputan.unitId} chosen={liputan.konten ?? []} multiple onChange={save} error={form.errorFor('kontenIds')} />
      ) : (
        <LinkedKonten items={liputan.konten ?? []} />
      )}
    </section>
  );
}
