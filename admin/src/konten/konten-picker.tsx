import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { Link } from '../ui/link.tsx';
import { labelOf, useKatalog } from './katalog.ts';
import type { KontenRingkas } from './types.ts';

/** A linked content item as the plan and assignment APIs return it (src/modules/konten/linked-konten.ts). */
export type KontenTautan = { id: string; unitId: string; jenis: string; judul: string; status: string; isLive: boolean };

/** The linked items: title opening the item, kind and stage in words, and whether it is on the site. */
export function LinkedKonten({ items, onRemove }: { items: KontenTautan[]; onRemove?: (id: string) => void }) {
  const katalog = useKatalog().data;
  if (items.length === 0) return <p className="muted">{t('kp.none')}</p>;
  return (
    <ul className="linked-konten">
      {items.map((k) => (
        <li key={k.id}>
          <Link to={`/konten/${k.id}`}>{k.judul || t('kp.untitled')}</Link> — {labelOf(katalog, 'jenis', k.jenis)}, {labelOf(katalog, 'status', k.status)}
          {k.isLive && ` (${t('kp.live')})`}
          {onRemove && (
            <>
              {' '}
              <button type="button" className="btn-link" onClick={() => onRemove(k.id)} aria-label={t('kp.removeOne', { judul: k.judul })}>
                {t('kp.remove')}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Searches the unit's content by title and links what is picked; one item (`multiple` false, a plan
 * item) or several (an assignment's products). The server refuses another unit's item.
 */
export function KontenPicker(props: {
  unitId: string;
  chosen: KontenTautan[];
  multiple: boolean;
  onChange: (next: KontenTautan[]) => void;
  error?: string | null;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const katalog = useKatalog().data;
  const search = q.trim();
  const found = useQuery({
    queryKey: ['konten', 'cari', props.unitId, search],
    queryFn: () => api<{ items: KontenRingkas[] }>(`/konten?unitId=${props.unitId}${search ? `&q=${encodeURIComponent(search)}` : ''}`),
  });
  const chosenIds = new Set(props.chosen.map((k) => k.id));
  const offered = (found.data?.items ?? []).filter((k) => !chosenIds.has(k.id)).slice(0, 10);
  const pick = (k: KontenRingkas) => {
    const item: KontenTautan = { id: k.id, unitId: k.unitId, jenis: k.jenis, judul: k.judul, status: k.status, isLive: k.isLive };
    props.onChange(props.multiple ? [...props.chosen, item] : [item]);
  };
  return (
    <fieldset className={props.error ? 'konten-picker field-invalid' : 'konten-picker'}>
      <legend>{props.multiple ? t('kp.legendMany') : t('kp.legendOne')}</legend>
      <LinkedKonten items={props.chosen} onRemove={(gone) => props.onChange(props.chosen.filter((k) => k.id !== gone))} />
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
      <label htmlFor={`${id}-q`}>{t('kp.search')}</label>
      <input id={`${id}-q`} type="search" value={q} maxLength={100} onChange={(e) => setQ(e.currentTarget.value)} aria-describedby={`${id}-count`} />
      <p id={`${id}-count`} className="muted" aria-live="polite">
        {found.isLoading
          ? t('kp.loading')
          : found.error
            ? found.error.message
            : offered.length === 0
              ? t('kp.noMatch')
              : t('kp.matches', { n: offered.length })}
      </p>
      {offered.length > 0 && (
        <ul className="konten-picker-results">
          {offered.map((k) => (
            <li key={k.id}>
              <button type="button" className="btn-secondary" onClick={() => pick(k)}>
                {props.multiple || props.chosen.length === 0 ? t('kp.link') : t('kp.replace')}: {k.judul || t('kp.untitled')}
              </button>{' '}
              <span className="muted">
                {labelOf(katalog, 'jenis', k.jenis)}, {labelOf(katalog, 'status', k.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
