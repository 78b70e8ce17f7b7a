import { useRef, useState } from 'react';
import { currentCsrfToken } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import type { Unit } from '../types.ts';
import { Field } from '../ui/form.tsx';

type Limits = { fotoMb: number; videoMb: number; dokumenMb: number };
type Row = {
  key: string;
  name: string;
  percent: number;
  state: 'sending' | 'retrying' | 'done' | 'failed' | 'paused';
  message?: string;
  abort?: () => void;
  restart?: () => void;
};

// A phone on a weak link sends 8 MB at a time: a lost connection costs at most one part, and a
// proxy in front of Warta never sees one enormous request.
const CHUNK = 8 * 1024 * 1024;

/** The message the server put in a tus refusal (JSON like every API error), or the library's. */
function refusalOf(err: unknown): string {
  const body = (err as { originalResponse?: { getBody(): string } | null }).originalResponse?.getBody();
  try {
    const parsed = body ? (JSON.parse(body) as { message?: string }) : null;
    if (parsed?.message) return parsed.message;
  } catch {}
  return currentLang() === 'en' ? 'The upload failed. Try again.' : 'Unggahan gagal. Coba lagi.';
}

/**
 * Drag-and-drop and a file button; each file goes up with the tus protocol (tus-js-client, loaded
 * only when a file is chosen), resumes after a dropped connection and after a reload of the page.
 */
export function MediaUpload({ units, limits, onUploaded }: { units: Unit[]; limits: Limits | null; onUploaded: () => void }) {
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [rows, setRows] = useState<Row[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const update = (key: string, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function send(file: File) {
    const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`;
    setRows((all) => [...all, { key, name: file.name, percent: 0, state: 'sending' }]);
    const { Upload } = await import('tus-js-client');
    const upload = new Upload(file, {
      endpoint: '/api/media/unggah',
      chunkSize: CHUNK,
      retryDelays: [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000],
      metadata: { filename: file.name, filetype: file.type, unitId },
      // Kept in the browser's storage, so a reload finds the upload and continues it.
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onBeforeRequest(req) {
        req.setHeader('X-CSRF-Token', currentCsrfToken());
        req.setHeader('Accept-Language', currentLang());
      },
      onProgress(sent, total) {
        update(key, { percent: Math.floor((sent / total) * 100), state: 'sending' });
      },
      onShouldRetry(err) {
        const status = (err as { originalResponse?: { getStatus(): number } | null }).originalResponse?.getStatus() ?? 0;
        // A refusal (type, size, rights) will not change by sending again; a lost connection will.
        const retry = status === 0 || status === 409 || status === 423 || status >= 500;
        if (retry) update(key, { state: 'retrying' });
        return retry;
      },
      onError(err) {
        update(key, { state: 'failed', message: refusalOf(err) });
      },
      onSuccess() {
        update(key, { state: 'done', percent: 100 });
        onUploaded();
      },
    });
    const start = () => {
      update(key, { state: 'sending' });
      upload.start();
    };
    update(key, {
      abort: () => {
        upload.abort();
        update(key, { state: 'paused' });
      },
      restart: start,
    });
    const previous = await upload.findPreviousUploads();
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    start();
  }

  const sendAll = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) void send(file);
  };

  return (
    <section className="card" aria-labelledby="media-upload">
      <h2 id="media-upload">{t('media.upload')}</h2>
      {units.length > 1 && (
        <Field label={t('media.uploadUnit')}>
          {(a) => (
            <select {...a} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone is extra; the button inside does the same for keyboards */}
      <div
        className={over ? 'dropzone dropzone-over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          sendAll(e.dataTransfer.files);
        }}
      >
        <p>{t('media.drop')}</p>
        <button type="button" onClick={() => input.current?.click()}>
          {t('media.choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept="image/*,video/*,.heic,.heif,.pdf,.docx,.xlsx,.pptx,.odt,.ods"
          onChange={(e) => {
            sendAll(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {limits && <p className="hint">{t('media.limits', { foto: limits.fotoMb, video: limits.videoMb, dokumen: limits.dokumenMb })}</p>}
      <p className="hint">{t('media.resumeNote')}</p>
      {rows.length > 0 && (
        <ul className="upload-list" aria-live="polite">
          {rows.map((r) => (
            <li key={r.key}>
              {r.state === 'done' && t('media.uploaded', { name: r.name })}
              {r.state === 'failed' && <span className="field-error">{t('media.failedUpload', { name: r.name, message: r.message ?? '' })}</span>}
              {r.state === 'retrying' && t('media.retrying', { name: r.name })}
              {r.state === 'paused' && t('media.paused', { name: r.name })}
              {r.state === 'sending' && t('media.progress', { name: r.name, percent: r.percent })}
              {(r.state === 'sending' || r.state === 'retrying' || r.state === 'paused') && (
                <>
                  <progress max={100} value={r.percent} aria-label={r.name} />
                  {r.state === 'paused' ? (
                    <button type="button" className="btn-secondary" onClick={r.restart}>
                      {t('media.resume')}
                    </button>
                  ) : (
                    <button type="button" className="btn-secondary" onClick={r.abort}>
                      {t('media.pause')}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
