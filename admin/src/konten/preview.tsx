import { useEffect, useState } from 'react';
import { ApiError, api } from '../api.ts';
import { t } from '../i18n.ts';
import { bodyOf, type Draft } from './draft.ts';
import { previewDocument } from './preview-doc.ts';

const DELAY_MS = 600;

/** Whether the draft has what the server needs to render it (title and the kind's required fields). */
function ready(jenis: string, d: Draft): boolean {
  const a = d.atribut;
  if (!d.judul.trim()) return false;
  if (jenis === 'berita') return Boolean(d.bidangId);
  if (jenis === 'artikel') return Boolean(d.penulisPersonId);
  if (jenis === 'agenda') return Boolean(a.mulai && a.tempat);
  if (jenis === 'publikasi') return Boolean(a.kategori && a.dokumen?.length);
  if (jenis === 'galeri') return Boolean(a.foto?.length);
  if (jenis === 'video') return Boolean(a.youtube || a.videoMediaId);
  return true;
}

/**
 * The public page as the site will render it (POST /api/konten/pratinjau), refreshed a moment after
 * typing stops. Shown in a sandboxed frame without scripts, so nothing in the text can run here.
 */
export function LivePreview({ unitId, kontenId, jenis, draft }: { unitId: string; kontenId?: string; jenis: string; draft: Draft }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const complete = ready(jenis, draft);
  const body = complete ? JSON.stringify({ unitId, jenis, ...(kontenId ? { kontenId } : {}), ...bodyOf(draft) }) : null;
  useEffect(() => {
    if (body === null) return;
    let live = true;
    const timer = setTimeout(() => {
      api<{ html: string }>('/konten/pratinjau', { method: 'POST', body: JSON.parse(body) }).then(
        (res) => {
          if (!live) return;
          setHtml(res.html);
          setError(null);
        },
        (err: unknown) => live && setError(err instanceof ApiError ? err.message : String(err)),
      );
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [body]);
  return (
    <section className="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('edit.preview')}</h2>
      <p className="hint">{t('edit.previewNote')}</p>
      {!complete && <p className="muted">{t('edit.previewWaiting')}</p>}
      {complete && error && <p className="alert alert-warn">{t('edit.previewFailed', { message: error })}</p>}
      {complete && html === null && !error && <p className="loading">{t('edit.previewLoading')}</p>}
      {html !== null && <iframe className="preview-frame" title={t('edit.preview')} sandbox="" srcDoc={previewDocument(html)} />}
    </section>
  );
}
