import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { Bidang, Items, Person } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { localOf, zonedToIso, zoneLabel } from '../zone.ts';
import type { Draft } from './draft.ts';
import { labelOf, useKatalog } from './katalog.ts';
import { MediaListField } from './media-picker.tsx';

/** The kind fields' names as the API reports them in errors (`field`), so the message lands beside the input. */
export const atributFields = ['atribut.mulai', 'atribut.selesai', 'atribut.tempat', 'atribut.kategori', 'atribut.youtube'];

type Props = {
  jenis: string;
  unitId: string;
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  disabled: boolean;
  zone: string;
  errorFor: (f: string) => string | undefined;
};

/** The fields one kind carries beside title, summary and body (KONTEN.md; terms.ts `Atribut`). */
export function KindFields({ jenis, unitId, draft, set, disabled, zone, errorFor }: Props) {
  const katalog = useKatalog().data;
  const bidang = useQuery({ queryKey: ['bidang', unitId], queryFn: () => api<Items<Bidang>>(`/units/${unitId}/bidang`), enabled: jenis === 'berita' });
  const people = useQuery({ queryKey: ['people', 'all'], queryFn: () => api<Items<Person>>('/people?limit=500'), enabled: jenis === 'artikel' });
  const a = draft.atribut;
  const setA = (patch: Partial<Draft['atribut']>) => set({ atribut: { ...a, ...patch } });
  const zoned = (label: string) => `${label} (${zoneLabel(zone)})`;
  return (
    <>
      {jenis === 'berita' && (
        <Field label={t('konten.bidang')} error={errorFor('bidangId')}>
          {(a11y) => (
            <select {...a11y} value={draft.bidangId ?? ''} disabled={disabled} onChange={(e) => set({ bidangId: e.target.value || null })}>
              <option value="">{t('app.none')}</option>
              {(bidang.data?.items ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {jenis === 'artikel' && (
        <Field label={t('edit.penulisPerson')} hint={t('edit.penulisHint')} error={errorFor('penulisPersonId')}>
          {(a11y) => (
            <select {...a11y} value={draft.penulisPersonId ?? ''} disabled={disabled} onChange={(e) => set({ penulisPersonId: e.target.value || null })}>
              <option value="">{t('app.none')}</option>
              {(people.data?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.position ? ` — ${p.position}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {jenis === 'agenda' && (
        <>
          <Field label={zoned(t('edit.mulai'))} error={errorFor('atribut.mulai')}>
            {(a11y) => (
              <input
                {...a11y}
                type="datetime-local"
                disabled={disabled}
                value={localOf(a.mulai, zone)}
                onChange={(e) => setA({ mulai: zonedToIso(e.target.value, zone) ?? undefined })}
              />
            )}
          </Field>
          <Field label={zoned(t('edit.selesai'))} optional={t('app.optional')} error={errorFor('atribut.selesai')}>
            {(a11y) => (
              <input
                {...a11y}
                type="datetime-local"
                disabled={disabled}
                value={localOf(a.selesai, zone)}
                onChange={(e) => setA({ selesai: zonedToIso(e.target.value, zone) })}
              />
            )}
          </Field>
          <Field label={t('edit.tempat')} error={errorFor('atribut.tempat')}>
            {(a11y) => <input {...a11y} disabled={disabled} value={a.tempat ?? ''} onChange={(e) => setA({ tempat: e.target.value })} />}
          </Field>
        </>
      )}
      {jenis === 'publikasi' && (
        <>
          <Field label={t('edit.kategori')} error={errorFor('atribut.kategori')}>
            {(a11y) => (
              <select {...a11y} disabled={disabled} value={a.kategori ?? ''} onChange={(e) => setA({ kategori: e.target.value || undefined })}>
                <option value="">{t('app.none')}</option>
                {['materi', 'peraturan', 'proyek_perubahan'].map((code) => (
                  <option key={code} value={code}>
                    {labelOf(katalog, 'kategori', code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <MediaListField
            label={t('edit.dokumen')}
            unitId={unitId}
            kind="dokumen"
            value={a.dokumen ?? []}
            onChange={(ids) => setA({ dokumen: ids })}
            disabled={disabled}
          />
        </>
      )}
      {jenis === 'galeri' && (
        <MediaListField label={t('edit.foto')} unitId={unitId} kind="foto" value={a.foto ?? []} onChange={(ids) => setA({ foto: ids })} disabled={disabled} />
      )}
      {jenis === 'video' && (
        <Field label={t('edit.youtube')} hint={t('edit.youtubeHint')} error={errorFor('atribut.youtube')}>
          {(a11y) => (
            <input {...a11y} type="url" disabled={disabled} value={a.youtube ?? ''} onChange={(e) => setA({ youtube: e.target.value.trim() || null })} />
          )}
        </Field>
      )}
    </>
  );
}
