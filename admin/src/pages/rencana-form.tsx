import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { KontenPicker, type KontenTautan } from '../konten/konten-picker.tsx';
import type { MessageKey } from '../messages.ts';
import { useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { jenisList, platforms, type RencanaItem, type TeamPick, zoneName } from './redaksi-terms.ts';

const fields = ['judul', 'tema', 'tanggal', 'jam', 'platform', 'jenis', 'pemilikPersonId', 'catatan', 'kontenId'];

/** Adds a plan item (no `item`) or changes one; `onDone` gets the saved item. */
export function RencanaForm(props: {
  unitId: string;
  item?: RencanaItem;
  tanggal?: string;
  team: TeamPick[];
  onDone: (item: RencanaItem) => void;
  onCancel: () => void;
}) {
  const { me } = useSession();
  const { item, team } = props;
  const form = useForm(fields);
  // The link is sent only when changed here, so saving other fields never drops a link the list did not carry.
  const [konten, setKonten] = useState<{ items: KontenTautan[]; changed: boolean }>({ items: item?.konten ? [item.konten] : [], changed: false });
  const platformError = form.errorFor('platform') ?? platforms.map((_, i) => form.errorFor(`platform.${i}`)).find(Boolean);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const v = formValues(el);
        const body = {
          judul: v.judul ?? '',
          tema: v.tema ?? '',
          tanggal: v.tanggal ?? '',
          jam: v.jam ?? null,
          platform: new FormData(el).getAll('platform').map(String),
          jenis: v.jenis,
          pemilikPersonId: v.pemilikPersonId ?? null,
          catatan: v.catatan ?? '',
          ...(konten.changed ? { kontenId: konten.items[0]?.id ?? null } : {}),
        };
        void form.run(async () => {
          const saved = item
            ? await api<RencanaItem>(`/rencana/${item.id}`, { method: 'PATCH', body })
            : await api<RencanaItem>(`/units/${props.unitId}/rencana`, { body });
          props.onDone(saved);
        });
      }}
    >
      <FormStatus form={form} />
      <Field label={t('rdk.judul')} error={form.errorFor('judul')}>
        {(a) => <input {...a} name="judul" required maxLength={300} defaultValue={item?.judul} />}
      </Field>
      <Field label={t('rdk.tema')} optional={t('app.optional')} error={form.errorFor('tema')}>
        {(a) => <input {...a} name="tema" maxLength={300} defaultValue={item?.tema} />}
      </Field>
      <div className="field-row">
        <Field label={t('rdk.tanggal')} error={form.errorFor('tanggal')}>
          {(a) => <input {...a} name="tanggal" type="date" required defaultValue={item?.tanggal ?? props.tanggal} />}
        </Field>
        <Field label={t('rdk.jam')} optional={t('app.optional')} hint={t('rdk.jamHint', { zone: zoneName(me) })} error={form.errorFor('jam')}>
          {(a) => <input {...a} name="jam" type="time" defaultValue={item?.jam ?? ''} />}
        </Field>
      </div>
      <Field label={t('rdk.jenis')} error={form.errorFor('jenis')}>
        {(a) => (
          <select {...a} name="jenis" defaultValue={item?.jenis ?? 'berita'}>
            {jenisList.map((j) => (
              <option key={j} value={j}>
                {t(`rdk.j.${j}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={platformError ? 'choices field-invalid' : 'choices'}>
        <legend>{t('rdk.platform')}</legend>
        <div className="check-row">
          {platforms.map((p) => (
            <label key={p} className="check">
              <input type="checkbox" name="platform" value={p} defaultChecked={item ? item.platform.includes(p) : p === 'website'} />{' '}
              {t(`rdk.p.${p}` as MessageKey)}
            </label>
          ))}
        </div>
        {platformError && (
          <p className="field-error" role="alert">
            {platformError}
          </p>
        )}
      </fieldset>
      <Field label={t('rdk.pemilik')} error={form.errorFor('pemilikPersonId')}>
        {(a) => (
          <select {...a} name="pemilikPersonId" defaultValue={item?.pemilikPersonId ?? ''}>
            <option value="">{t('rdk.noPemilik')}</option>
            {team.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.nama}
              </option>
            ))}
          </select>
        )}
      </Field>
      <KontenPicker
        unitId={props.unitId}
        chosen={konten.items}
        multiple={false}
        onChange={(items) => setKonten({ items, changed: true })}
        error={form.errorFor('kontenId')}
      />
      <Field label={t('rdk.catatan')} optional={t('app.optional')} error={form.errorFor('catatan')}>
        {(a) => <textarea {...a} name="catatan" rows={3} maxLength={5000} defaultValue={item?.catatan} />}
      </Field>
      <div className="actions">
        <button type="submit" aria-disabled={form.busy}>
          {t('app.save')}
        </button>
        <button type="button" className="btn-secondary" onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
