import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { t } from '../i18n.ts';
import { Field } from '../ui/form.tsx';

/** A media item as GET /api/media lists it (src/modules/media/media-view.ts). */
type MediaItem = {
  id: string;
  kind: string;
  originalName: string;
  altText: string | null;
  state: string;
  derivatives: { width: number; format: string; url: string }[];
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Chooses a file of the unit's media library. Where the library is not installed (the API answers
 * 404), the person pastes the id of an uploaded file instead, and the screen says why.
 */
export function MediaPicker({
  unitId,
  kind,
  onPick,
  onClose,
}: {
  unitId: string;
  kind: 'foto' | 'dokumen';
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const [q, setQ] = useState('');
  const [pasted, setPasted] = useState('');
  const list = useQuery({
    queryKey: ['media', unitId, kind, q],
    queryFn: () => api<{ items: MediaItem[] }>(`/media?${new URLSearchParams({ unitId, kind, ...(q ? { q } : {}) })}`),
  });
  const missing = list.error instanceof ApiError && list.error.status === 404;
  return (
    <section className="card media-picker" aria-label={t('media.pick')}>
      {missing || list.error ? (
        <>
          <p className="hint">{missing ? t('media.pasteHint') : list.error?.message}</p>
          <Field label={t('media.pasteId')}>{(a11y) => <input {...a11y} value={pasted} onChange={(e) => setPasted(e.target.value.trim())} />}</Field>
          <button type="button" disabled={!uuid.test(pasted)} onClick={() => onPick(pasted)}>
            {t('media.insert')}
          </button>
        </>
      ) : (
        <>
          <Field label={t('media.search')}>{(a11y) => <input {...a11y} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}</Field>
          {list.data?.items.length === 0 && <p className="muted">{t('media.none')}</p>}
          <ul className="media-grid">
            {(list.data?.items ?? []).map((m) => {
              const thumb = m.derivatives.find((d) => d.format === 'jpeg' || d.format === 'jpg') ?? m.derivatives[0];
              return (
                <li key={m.id}>
                  {/* A fixed 4:3 box (styles.css): a thumbnail arriving late must not move the buttons under the pointer. */}
                  {thumb ? (
                    <img src={thumb.url} alt={m.altText ?? ''} width={160} height={120} loading="lazy" />
                  ) : (
                    <span className="editor-box">{m.originalName}</span>
                  )}
                  <button type="button" className="btn-secondary" onClick={() => onPick(m.id)} aria-label={`${t('media.choose')}: ${m.originalName}`}>
                    {t('media.choose')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <button type="button" className="btn-link" onClick={onClose}>
        {t('media.close')}
      </button>
    </section>
  );
}

/** One media id (the cover photo) with a way to choose or remove it. */
export function MediaField({
  label,
  unitId,
  value,
  onChange,
  disabled,
}: {
  label: string;
  unitId: string;
  value: string | null;
  onChange: (id: string | null) => void;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <p>{value ? <code>{value.slice(0, 8)}</code> : t('app.none')}</p>
      {!disabled && (
        <p className="actions">
          <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
            {t('media.pick')}
          </button>
          {value && (
            <button type="button" className="btn-link" onClick={() => onChange(null)}>
              {t('media.remove')}
            </button>
          )}
        </p>
      )}
      {open && (
        <MediaPicker
          unitId={unitId}
          kind="foto"
          onClose={() => setOpen(false)}
          onPick={(id) => {
            onChange(id);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

/** An ordered list of media ids (gallery photos, publication documents). */
export function MediaListField({
  label,
  unitId,
  kind,
  value,
  onChange,
  disabled,
}: {
  label: string;
  unitId: string;
  kind: 'foto' | 'dokumen';
  value: string[];
  onChange: (ids: string[]) => void;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <ul>
        {value.map((id) => (
          <li key={id}>
            <code>{id.slice(0, 8)}</code>{' '}
            {!disabled && (
              <button type="button" className="btn-link" onClick={() => onChange(value.filter((x) => x !== id))}>
                {t('media.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>
          {t('media.pick')}
        </button>
      )}
      {open && (
        <MediaPicker
          unitId={unitId}
          kind={kind}
          onClose={() => setOpen(false)}
          onPick={(id) => {
            onChange([...value.filter((x) => x !== id), id]);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}
