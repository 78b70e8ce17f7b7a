import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import type { MediaFact } from '../../../src/modules/media/media-facts.ts';
import { platformLimits } from '../../../src/modules/sosial/limits/platform-limits.ts';
import { xWeightedLength } from '../../../src/modules/sosial/limits/x-weighted-length.ts';
import type { Platform } from '../../../src/modules/sosial/platform.ts';
import { type AccountFacts, variantProblems } from '../../../src/modules/sosial/varian/problems.ts';
import type { AnySettings } from '../../../src/modules/sosial/varian/settings.ts';
import { api } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import { queryClient } from '../query.ts';
import { Check, FormStatus, LiveField, ProblemList, useForm } from '../ui/form.tsx';
import { AkunBadges } from './akun-sosial-badges.tsx';
import { platformName } from './akun-sosial-types.ts';
import { VarianSettings } from './konten-varian-settings.tsx';

/** A photo or video of the item as GET /api/konten/:id/varian lists it. */
type ItemMedia = MediaFact;
type Fields = { aktif: boolean; teks: string; judul: string | null; utas: string[]; mediaIds: string[]; pengaturan: Record<string, unknown> };
type Entry = {
  akun: { id: string; platform: Platform; nama: string; mode: string; status: string; simulasi: boolean };
  facts: AccountFacts;
  varian: Fields;
  turunan: string[];
  bawaan: { teks: string; judul: string | null; mediaIds: string[] };
  setelahPersetujuan: boolean;
};
type VarianList = { kontenId: string; canEdit: boolean; item: { media: ItemMedia[] }; accounts: Entry[] };
/** The editor's copy: `null` in teks, judul or mediaIds = follow the item (what the API takes). */
type Draft = { aktif: boolean; teks: string | null; judul: string | null; utas: string[]; mediaIds: string[] | null; pengaturan: Record<string, unknown> };

const queryKey = (id: string) => ['konten', 'varian', id];
const draftOf = (e: Entry): Draft => ({
  aktif: e.varian.aktif,
  teks: e.turunan.includes('teks') ? null : e.varian.teks,
  judul: e.turunan.includes('judul') ? null : e.varian.judul,
  utas: e.varian.utas,
  mediaIds: e.turunan.includes('mediaIds') ? null : e.varian.mediaIds,
  pengaturan: e.varian.pengaturan,
});

/** The length the platform counts: X its own way, YouTube descriptions in bytes, the rest in characters. */
function counter(platform: Platform, text: string): string {
  const { max, counting } = platformLimits[platform].text.value;
  if (counting === 'x-weighted') return t('varian.countX', { n: xWeightedLength(text), max });
  if (counting === 'utf8-bytes') return t('varian.countBytes', { n: new TextEncoder().encode(text).length, max });
  return t('varian.count', { n: [...text.normalize('NFC')].length, max });
}

/**
 * "Versi media sosial" on the content editor: one card per account of the item's unit, filled from the
 * item until someone edits it. The limits are checked live with the server's own pure code (no
 * round trip on a weak link); the server checks again when the head approves. `readOnly` on the
 * head's approval screen: what the head approves, shown, not edited there.
 */
export function KontenVarian({ kontenId, approved, readOnly = false }: { kontenId: string; approved: boolean; readOnly?: boolean }) {
  const list = useQuery({ queryKey: queryKey(kontenId), queryFn: () => api<VarianList>(`/konten/${kontenId}/varian`) });
  const canEdit = !readOnly && Boolean(list.data?.canEdit);
  return (
    <section className="card varian" aria-labelledby="varian-title">
      <h2 id="varian-title">{t('varian.title')}</h2>
      {list.error && (
        <p className="alert alert-error" role="alert">
          {list.error.message}
        </p>
      )}
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && list.data.accounts.length === 0 && <p className="empty">{t('varian.empty')}</p>}
      {list.data && list.data.accounts.length > 0 && (
        <>
          <p className="hint">{t('varian.intro')}</p>
          {approved && canEdit && <p className="alert alert-warn">{t('varian.reviewAgain')}</p>}
          {list.data.accounts.map((e) => (
            <VarianCard key={e.akun.id} kontenId={kontenId} entry={e} media={list.data.item.media} canEdit={canEdit} />
          ))}
        </>
      )}
    </section>
  );
}

function VarianCard({ kontenId, entry, media, canEdit }: { kontenId: string; entry: Entry; media: ItemMedia[]; canEdit: boolean }) {
  const { akun } = entry;
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const form = useForm([]);
  const headingId = useId();
  const teks = draft.teks ?? entry.bawaan.teks;
  const judul = draft.judul ?? entry.bawaan.judul;
  const mediaIds = draft.mediaIds ?? entry.bawaan.mediaIds;
  const chosen = mediaIds.flatMap((id) => media.filter((m) => m.id === id));
  const problems = variantProblems({ text: teks, title: judul, thread: draft.utas, media: chosen, settings: draft.pengaturan as AnySettings }, entry.facts).map(
    (p) => ({ field: p.field, message: p.message[currentLang()] }),
  );
  const at = (field: string) => problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`)).map((p) => p.message);
  const send = (path: string, body: unknown) =>
    form.run(async () => {
      const next = await api<VarianList>(`/konten/${kontenId}/varian/${akun.id}${path}`, { method: 'PUT', body });
      queryClient.setQueryData(queryKey(kontenId), next);
      // A change after approval sends the item back to review: the editor's stage must show it.
      void queryClient.invalidateQueries({ queryKey: ['konten', 'item', kontenId] });
      const mine = next.accounts.find((a) => a.akun.id === akun.id);
      if (mine) setDraft(draftOf(mine));
    }, t('varian.saved'));
  const locked = !canEdit || form.busy;
  const hasTitle = akun.platform === 'youtube' || akun.platform === 'tiktok';
  return (
    <article className="varian-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {platformName(akun.platform)} · {akun.nama}
        <AkunBadges akun={akun} />
      </h3>
      {entry.setelahPersetujuan && <p className="hint">{t('varian.afterApproval')}</p>}
      <Check label={t('varian.send')} checked={draft.aktif} disabled={locked} onChange={(aktif) => void send('/aktif', { aktif })} />
      {!draft.aktif ? (
        <p className="muted">{t('varian.off')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void send('', draft);
          }}
        >
          <p role="status" className={problems.length ? 'varian-problems' : 'varian-ok'}>
            {problems.length ? t('varian.problems', { n: problems.length }) : t('varian.ok')}
          </p>
          {hasTitle && (
            <VField
              label={akun.platform === 'youtube' ? t('varian.titleLabel') : t('varian.titleTiktok')}
              follows={draft.judul === null}
              onFollow={() => setDraft({ ...draft, judul: null })}
              problems={at('title')}
              count={t('varian.count', { n: [...(judul ?? '').normalize('NFC')].length, max: akun.platform === 'youtube' ? 100 : 90 })}
              disabled={locked}
            >
              {(a) => <input {...a} value={judul ?? ''} disabled={locked} onChange={(e) => setDraft({ ...draft, judul: e.target.value })} />}
            </VField>
          )}
          <VField
            label={akun.platform === 'youtube' ? t('varian.textYoutube') : t('varian.text')}
            follows={draft.teks === null}
            onFollow={() => setDraft({ ...draft, teks: null })}
            problems={at('text')}
            count={counter(akun.platform, teks)}
            disabled={locked}
          >
            {(a) => <textarea {...a} rows={5} value={teks} disabled={locked} onChange={(e) => setDraft({ ...draft, teks: e.target.value })} />}
          </VField>
          {akun.platform === 'x' && <Thread draft={draft} setDraft={setDraft} at={at} disabled={locked} />}
          <MediaChoice
            media={media}
            chosen={mediaIds}
            follows={draft.mediaIds === null}
            disabled={locked}
            problems={at('media')}
            onChange={(ids) => setDraft({ ...draft, mediaIds: ids })}
          />
          <VarianSettings
            platform={akun.platform}
            value={draft.pengaturan}
            facts={entry.facts}
            disabled={locked}
            at={at}
            onChange={(pengaturan) => setDraft({ ...draft, pengaturan })}
          />
          <FormStatus form={form} />
          {canEdit && (
            <button type="submit" aria-disabled={form.busy || undefined}>
              {t('varian.save')}
            </button>
          )}
        </form>
      )}
      {!draft.aktif && <FormStatus form={form} />}
    </article>
  );
}

/** A variant's text or title: its live counter with the way back to the item's own text, and its problems. */
function VField(p: {
  label: string;
  follows: boolean;
  onFollow: () => void;
  problems: string[];
  count: string;
  disabled: boolean;
  children: (a: { id: string; 'aria-describedby': string }) => ReactNode;
}) {
  return (
    <LiveField
      label={
        <>
          {p.label} {p.follows && <span className="optional">({t('varian.follows')})</span>}
        </>
      }
      problems={p.problems}
      count={
        <>
          {p.count}
          {!p.follows && !p.disabled && (
            <>
              {' · '}
              <button type="button" className="btn-link" onClick={p.onFollow}>
                {t('varian.useItem')}
              </button>
            </>
          )}
        </>
      }
    >
      {p.children}
    </LiveField>
  );
}

/** X's further posts, each counted and checked like the first. */
function Thread({ draft, setDraft, at, disabled }: { draft: Draft; setDraft: (d: Draft) => void; at: (f: string) => string[]; disabled: boolean }) {
  const set = (utas: string[]) => setDraft({ ...draft, utas });
  return (
    <fieldset>
      <legend>{t('varian.thread')}</legend>
      {draft.utas.map((post, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a thread's posts are known by their place in it
        <div key={i}>
          <VField
            label={t('varian.threadPost', { n: i + 2 })}
            follows={false}
            onFollow={() => {}}
            problems={at(`thread.${i + 1}`)}
            count={counter('x', post)}
            disabled
          >
            {(a) => (
              <textarea {...a} rows={3} value={post} disabled={disabled} onChange={(e) => set(draft.utas.map((p, j) => (j === i ? e.target.value : p)))} />
            )}
          </VField>
          {!disabled && (
            <button type="button" className="btn-link" onClick={() => set(draft.utas.filter((_, j) => j !== i))}>
              {t('varian.threadRemove', { n: i + 2 })}
            </button>
          )}
        </div>
      ))}
      {!disabled && (
        <button type="button" className="btn-secondary" onClick={() => set([...draft.utas, ''])}>
          {t('varian.threadAdd')}
        </button>
      )}
    </fieldset>
  );
}

/** The item's photos and videos to send, in the item's order. */
function MediaChoice(p: {
  media: ItemMedia[];
  chosen: string[];
  follows: boolean;
  disabled: boolean;
  problems: string[];
  onChange: (ids: string[] | null) => void;
}) {
  const base = useId();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(p.chosen);
    if (on) next.add(id);
    else next.delete(id);
    p.onChange(p.media.filter((m) => next.has(m.id)).map((m) => m.id));
  };
  return (
    <fieldset className={p.problems.length ? 'field-invalid' : undefined}>
      <legend>
        {t('varian.media')} {p.follows && <span className="optional">({t('varian.follows')})</span>}
      </legend>
      {p.media.length === 0 && <p className="hint">{t('varian.mediaNone')}</p>}
      <ul className="varian-media">
        {p.media.map((m, i) => (
          <li key={m.id}>
            <input
              type="checkbox"
              id={`${base}-${m.id}`}
              checked={p.chosen.includes(m.id)}
              disabled={p.disabled}
              onChange={(e) => toggle(m.id, e.target.checked)}
            />
            <label htmlFor={`${base}-${m.id}`}>
              {m.thumbUrl && <img src={m.thumbUrl} alt="" width={80} height={60} loading="lazy" />}
              {i + 1}. {m.kind === 'video' ? t('varian.video') : t('varian.photo')} — {m.alt || '—'}
            </label>
          </li>
        ))}
      </ul>
      {!p.follows && !p.disabled && (
        <button type="button" className="btn-link" onClick={() => p.onChange(null)}>
          {t('varian.useItem')}
        </button>
      )}
      <ProblemList problems={p.problems} />
    </fieldset>
  );
}
