import { api, apiDownload } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { useLoad } from '../ui/load.tsx';

/** One attachment as the API lists it. */
export type Lampiran = {
  id: string;
  kind: 'file' | 'link';
  title: string;
  fileName: string | null;
  mediaType: string | null;
  size: number | null;
  url: string | null;
};

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/zip': 'ZIP',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
};

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(currentLang() === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })} MB`;
}

type Props = {
  /** The owner's API path, e.g. `/permohonan/{id}` or `/informasi/{id}`. */
  base: string;
  intro: string;
  /** May this person add and remove (the server decides again). */
  mayManage: boolean;
};

/**
 * The files and links attached to a decision or an information item: download (audited on the
 * server), remove, upload a file, add a link. Types are recognised by the server from the content.
 */
export function LampiranCard({ base, intro, mayManage }: Props) {
  const loaded = useLoad<{ items: Lampiran[] }>(`${base}/lampiran`);
  const list = useForm([]);
  const items = loaded.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="lmp-title">
      <h2 id="lmp-title">{t('lmp.title')}</h2>
      <p>{intro}</p>
      <p className="hint">{t('lmp.audited')}</p>
      <FormStatus form={list} />
      {loaded.error && <p className="alert alert-error">{loaded.error.message}</p>}
      {items.length === 0 ? (
        <p className="muted">{t('lmp.empty')}</p>
      ) : (
        <ul className="lampiran-list">
          {items.map((item) => (
            <li key={item.id}>
              {item.kind === 'file' ? (
                <button
                  type="button"
                  className="btn-link"
                  aria-disabled={list.busy}
                  onClick={() => void list.run(() => apiDownload(`${base}/lampiran/${item.id}`, item.fileName ?? 'lampiran'), t('lmp.downloaded'))}
                >
                  {t('lmp.download')}: {item.title}
                </button>
              ) : (
                <a href={item.url ?? ''} rel="noopener noreferrer" target="_blank">
                  {item.title}
                </a>
              )}{' '}
              <span className="muted">
                ({item.kind === 'file' ? `${item.fileName}, ${typeNames[item.mediaType ?? ''] ?? item.mediaType}, ${sizeText(item.size ?? 0)}` : t('lmp.link')})
              </span>{' '}
              {mayManage && (
                <button
                  type="button"
                  className="btn-secondary"
                  aria-disabled={list.busy}
                  aria-label={`${t('lmp.remove')}: ${item.title}`}
                  onClick={() => {
                    if (!window.confirm(t('lmp.removeConfirm', { title: item.title }))) return;
                    void list.run(() => api(`${base}/lampiran/${item.id}`, { method: 'DELETE' }), t('lmp.removed')).then((ok) => ok && loaded.reload());
                  }}
                >
                  {t('lmp.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayManage && <AddForms base={base} onAdded={loaded.reload} />}
    </section>
  );
}

function AddForms({ base, onAdded }: { base: string; onAdded: () => void }) {
  const upload = useForm(['berkas', 'judul']);
  const link = useForm(['judul', 'url']);
  return (
    <div className="grid">
      <form
        noValidate
        aria-labelledby="lmp-file"
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          const form = new FormData(el);
          void upload
            .run(() => api(`${base}/lampiran`, { form }), t('lmp.uploaded'))
            .then((ok) => {
              if (!ok) return;
              el.reset();
              onAdded();
            });
        }}
      >
        <h3 id="lmp-file">{t('lmp.fileTitle')}</h3>
        <FormStatus form={upload} />
        <Field label={t('lmp.file')} hint={t('lmp.fileHint')} error={upload.errorFor('berkas')}>
          {(a) => <input {...a} type="file" name="berkas" required />}
        </Field>
        <Field label={t('lmp.titleField')} hint={t('lmp.titleHint')} optional={t('app.optional')} error={upload.errorFor('judul')}>
          {(a) => <input {...a} name="judul" maxLength={300} />}
        </Field>
        <button type="submit" aria-disabled={upload.busy}>
          {t('lmp.upload')}
        </button>
      </form>
      <form
        noValidate
        aria-labelledby="lmp-link"
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          const v = formValues(el);
          void link
            .run(() => api(`${base}/lampiran/tautan`, { body: { judul: v.judul ?? '', url: v.url ?? '' } }), t('lmp.linkAdded'))
            .then((ok) => {
              if (!ok) return;
              el.reset();
              onAdded();
            });
        }}
      >
        <h3 id="lmp-link">{t('lmp.linkTitle')}</h3>
        <FormStatus form={link} />
        <Field label={t('lmp.titleField')} error={link.errorFor('judul')}>
          {(a) => <input {...a} name="judul" maxLength={300} required />}
        </Field>
        <Field label={t('lmp.url')} error={link.errorFor('url')}>
          {(a) => <input {...a} name="url" type="url" inputMode="url" maxLength={2000} required />}
        </Field>
        <button type="submit" aria-disabled={link.busy}>
          {t('lmp.addLink')}
        </button>
      </form>
    </div>
  );
}
