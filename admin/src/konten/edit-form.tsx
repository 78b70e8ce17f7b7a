import { useId, useState } from 'react';
import { t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { Field, type FormState } from '../ui/form.tsx';
import type { Draft } from './draft.ts';
import { LazyEditor } from './editor-lazy.tsx';
import { KindFields } from './fields.tsx';
import { MediaField, MediaPicker } from './media-picker.tsx';
import { LivePreview } from './preview.tsx';

type Props = {
  unitId: string;
  /** The item being edited (none for a new one): the preview's date line is then the item's own. */
  kontenId?: string;
  jenis: string;
  draft: Draft;
  setDraft: (d: Draft) => void;
  editable: boolean;
  form: FormState;
  submitLabel: string;
  onSubmit: () => void;
};

/** Title, summary, the kind's fields, cover, tags and the body, with the live preview beside (below on a phone). */
export function EditForm({ unitId, kontenId, jenis, draft, setDraft, editable, form, submitLabel, onSubmit }: Props) {
  const { me } = useSession();
  const isiLabel = useId();
  const [picking, setPicking] = useState<((id: string) => void) | null>(null);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <>
      <form
        className="konten-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Field label={t('konten.judul')} error={form.errorFor('judul')}>
          {(a11y) => (
            <input {...a11y} name="judul" required maxLength={300} disabled={!editable} value={draft.judul} onChange={(e) => set({ judul: e.target.value })} />
          )}
        </Field>
        <Field label={t('edit.ringkasan')} hint={t('edit.ringkasanHint')} optional={t('app.optional')} error={form.errorFor('ringkasan')}>
          {(a11y) => (
            <textarea
              {...a11y}
              name="ringkasan"
              rows={2}
              maxLength={1000}
              disabled={!editable}
              value={draft.ringkasan}
              onChange={(e) => set({ ringkasan: e.target.value })}
            />
          )}
        </Field>
        <KindFields jenis={jenis} unitId={unitId} draft={draft} set={set} disabled={!editable} zone={me.tenant.timeZone} errorFor={form.errorFor} />
        <MediaField label={t('edit.cover')} unitId={unitId} value={draft.coverMediaId} onChange={(id) => set({ coverMediaId: id })} disabled={!editable} />
        <Field label={t('edit.tags')} hint={t('edit.tagsHint')} optional={t('app.optional')} error={form.errorFor('tags')}>
          {(a11y) => (
            <input
              {...a11y}
              name="tags"
              disabled={!editable}
              defaultValue={draft.tags.join(', ')}
              onBlur={(e) =>
                set({
                  tags: [
                    ...new Set(
                      e.target.value
                        .split(',')
                        .map((x) => x.trim())
                        .filter(Boolean),
                    ),
                  ],
                })
              }
            />
          )}
        </Field>
        <div className={form.errorFor('isi') ? 'field field-invalid' : 'field'}>
          <span className="field-label" id={isiLabel}>
            {t('edit.isi')}
          </span>
          <LazyEditor
            value={draft.isi}
            onChange={(isi) => setDraft({ ...draft, isi })}
            editable={editable}
            labelledBy={isiLabel}
            pickMedia={(done) => setPicking(() => done)}
          />
          {form.errorFor('isi') && (
            <p className="field-error" role="alert">
              {form.errorFor('isi')}
            </p>
          )}
        </div>
        {picking && (
          <MediaPicker
            unitId={unitId}
            kind="foto"
            onClose={() => setPicking(null)}
            onPick={(id) => {
              picking(id);
              setPicking(null);
            }}
          />
        )}
        {editable && (
          <p className="actions">
            <button type="submit" aria-disabled={form.busy || undefined}>
              {submitLabel}
            </button>
          </p>
        )}
      </form>
      <LivePreview unitId={unitId} kontenId={kontenId} jenis={jenis} draft={draft} />
    </>
  );
}
