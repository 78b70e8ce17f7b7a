import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { KontenVarian } from '../pages/konten-varian.tsx';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { bodyOf, draftOf } from './draft.ts';
import { labelOf, useKatalog } from './katalog.ts';
import { previewDocument } from './preview-doc.ts';
import { afterChange, useKonten } from './queries.ts';
import type { KontenDetail } from './types.ts';

/**
 * The head's approval, made for a phone (390 px): the text as the site will show it, who confirmed
 * each FBS item, and two large buttons, Setujui and Kembalikan (a note is required to return).
 */
export function ApprovePage({ id }: { id: string }) {
  const item = useKonten(id);
  const katalog = useKatalog().data;
  const form = useForm(['catatan', 'ke']);
  const [note, setNote] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  const detail = item.data;
  useEffect(() => {
    if (!detail) return;
    const { item: k } = detail;
    api<{ html: string }>('/konten/pratinjau', { method: 'POST', body: { unitId: k.unitId, jenis: k.jenis, kontenId: k.id, ...bodyOf(draftOf(detail)) } }).then(
      (res) => setHtml(res.html),
      () => setHtml(''),
    );
  }, [detail]);
  if (item.error)
    return (
      <Page title={t('approve.title')}>
        <p className="alert alert-error" role="alert">
          {item.error.message}
        </p>
      </Page>
    );
  if (!detail)
    return (
      <Page title={t('approve.title')}>
        <p className="loading">{t('app.loading')}</p>
      </Page>
    );
  const waiting = detail.moves.includes('disetujui');
  const decide = (ke: 'disetujui' | 'dikembalikan') =>
    form.run(
      async () => {
        if (ke === 'dikembalikan' && !note.trim()) return form.fail(t('moves.noteRequired'), 'catatan');
        const next = await api<KontenDetail>(`/konten/${id}/status`, { method: 'POST', body: { ke, ...(note.trim() ? { catatan: note.trim() } : {}) } });
        afterChange(next);
        setNote('');
      },
      ke === 'disetujui' ? t('approve.approved') : t('approve.returned'),
    );
  return (
    <Page title={t('approve.title')}>
      <div className="approve">
        <p>
          <Link to={`/konten/${id}`}>← {detail.revisi.judul}</Link>
        </p>
        <p className="muted">
          {labelOf(katalog, 'jenis', detail.item.jenis)} · {detail.item.unitName} · {labelOf(katalog, 'status', detail.item.status)} ·{' '}
          {detail.revisi.authorLabel}
        </p>
        {html === null && <p className="loading">{t('edit.previewLoading')}</p>}
        {html ? (
          <iframe className="approve-frame" title={t('edit.preview')} sandbox="" srcDoc={previewDocument(html)} />
        ) : (
          html === '' && (
            <article className="card">
              <h2>{detail.revisi.judul}</h2>
              {detail.revisi.ringkasan && <p>{detail.revisi.ringkasan}</p>}
            </article>
          )
        )}
        <section className="card" aria-labelledby="approve-fbs">
          <h2 id="approve-fbs">{t('approve.checklist')}</h2>
          {!detail.wajibRedaktur && <p className="hint">{t('approve.noRedaktur')}</p>}
          <ol className="fbs-items">
            {detail.fbs.items.map((c) => (
              <li key={c.item} className={c.confirmedAt ? 'fbs-done' : undefined}>
                <p>{labelOf(katalog, 'fbs', c.item)}</p>
                <p className="muted">
                  {c.confirmedAt ? `✓ ${t('fbs.by', { name: c.confirmedLabel ?? '—', date: formatDateTime(c.confirmedAt) })}` : t('fbs.open')}
                  {c.note ? ` — ${c.note}` : ''}
                </p>
              </li>
            ))}
          </ol>
        </section>
        <KontenVarian kontenId={id} approved={false} readOnly />
        <FormStatus form={form} />
        {waiting ? (
          <section className="approve-actions" aria-label={t('moves.title')}>
            <Field label={t('approve.note')} error={form.errorFor('catatan')}>
              {(a11y) => <textarea {...a11y} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
            <div className="approve-buttons">
              <button type="button" className="btn-big" onClick={() => void decide('disetujui')}>
                {t('approve.approve')}
              </button>
              <button type="button" className="btn-big btn-secondary" onClick={() => void decide('dikembalikan')}>
                {t('approve.return')}
              </button>
            </div>
          </section>
        ) : (
          !form.done && <p className="hint">{t('approve.notWaiting')}</p>
        )}
      </div>
    </Page>
  );
}
