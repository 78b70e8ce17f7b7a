import { useState } from 'react';
import { formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { bentukList, type Informasi, type Klasifikasi, klasifikasiList, pasal17Letters } from './ppid-terms.ts';

const required = ['klasifikasi', 'judul', 'ringkasan', 'penguasaInformasi', 'bentuk'] as const;
const optionalTexts = ['waktuPembuatan', 'tempatPembuatan', 'jangkaWaktuPenyimpanan'] as const;
const exemptTexts = ['dasarHukum', 'ujiKonsekuensi', 'masaPengecualian', 'pengecualianBerakhir', 'penetapanNomor', 'penetapanTanggal'] as const;
const fields = [
  ...required,
  ...optionalTexts,
  ...exemptTexts,
  'tanggalTerbit',
  'pembaruanBerikutnya',
  'pasal17Huruf',
  'tautan',
  ...Array.from({ length: 20 }, (_, i) => [`tautan.${i}`, `tautan.${i}.judul`, `tautan.${i}.url`]).flat(),
];

type Props = { item?: Informasi; submitLabel: string; onSubmit: (body: Record<string, unknown>) => Promise<unknown>; doneText?: string };

/**
 * The create/edit form of an information item. Which fields show depends on the class: the next
 * update for berkala, the consequence test (Perki 1/2021 Pasal 49) for dikecualikan.
 */
export function InformasiForm({ item, submitLabel, onSubmit, doneText }: Props) {
  const form = useForm(fields);
  const [klasifikasi, setKlasifikasi] = useState<Klasifikasi | ''>(item?.klasifikasi ?? '');
  const exempt = klasifikasi === 'dikecualikan';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const empty = required.find((name) => !v[name]) ?? emptyLinkField(v);
        if (empty) return form.fail(t('inf.required'), empty);
        void form.run(() => onSubmit(bodyOf(v, klasifikasi as Klasifikasi)), doneText);
      }}
    >
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('inf.klasifikasi')} error={form.errorFor('klasifikasi')}>
          {(a) => (
            <select {...a} name="klasifikasi" value={klasifikasi} onChange={(e) => setKlasifikasi(e.target.value as Klasifikasi)}>
              <option value="">{t('pmh.choose')}</option>
              {klasifikasiList.map((k) => (
                <option key={k} value={k}>
                  {t(`inf.k.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('inf.bentuk')} error={form.errorFor('bentuk')}>
          {(a) => (
            <select {...a} name="bentuk" defaultValue={item?.bentuk ?? ''}>
              <option value="">{t('pmh.choose')}</option>
              {bentukList.map((b) => (
                <option key={b} value={b}>
                  {t(`inf.b.${b}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('inf.judul')} error={form.errorFor('judul')}>
        {(a) => <input {...a} name="judul" maxLength={300} defaultValue={item?.judul} />}
      </Field>
      <Field label={t('inf.ringkasan')} error={form.errorFor('ringkasan')}>
        {(a) => <textarea {...a} name="ringkasan" rows={4} maxLength={5000} defaultValue={item?.ringkasan} />}
      </Field>
      <div className="grid">
        <Field label={t('inf.penguasa')} error={form.errorFor('penguasaInformasi')}>
          {(a) => <input {...a} name="penguasaInformasi" maxLength={300} defaultValue={item?.penguasaInformasi} />}
        </Field>
        <Field label={t('inf.waktuPembuatan')} optional={t('app.optional')} error={form.errorFor('waktuPembuatan')}>
          {(a) => <input {...a} name="waktuPembuatan" maxLength={200} defaultValue={item?.waktuPembuatan ?? ''} />}
        </Field>
        <Field label={t('inf.tempatPembuatan')} optional={t('app.optional')} error={form.errorFor('tempatPembuatan')}>
          {(a) => <input {...a} name="tempatPembuatan" maxLength={200} defaultValue={item?.tempatPembuatan ?? ''} />}
        </Field>
        <Field label={t('inf.jangkaWaktu')} optional={t('app.optional')} error={form.errorFor('jangkaWaktuPenyimpanan')}>
          {(a) => <input {...a} name="jangkaWaktuPenyimpanan" maxLength={200} defaultValue={item?.jangkaWaktuPenyimpanan ?? ''} />}
        </Field>
        {klasifikasi && !exempt && (
          <Field label={t('inf.tanggalTerbit')} error={form.errorFor('tanggalTerbit')}>
            {(a) => <input {...a} name="tanggalTerbit" type="date" defaultValue={item?.tanggalTerbit ?? ''} />}
          </Field>
        )}
        {klasifikasi === 'berkala' && (
          <Field label={t('inf.pembaruan')} hint={t('inf.pembaruanHint')} optional={t('app.optional')} error={form.errorFor('pembaruanBerikutnya')}>
            {(a) => <input {...a} name="pembaruanBerikutnya" type="date" defaultValue={item?.pembaruanBerikutnya ?? ''} />}
          </Field>
        )}
      </div>
      {exempt && <ExemptionFields item={item} form={form} />}
      <LinkRows item={item} form={form} />
      <button type="submit" aria-disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}

function ExemptionFields({ item, form }: { item?: Informasi; form: ReturnType<typeof useForm> }) {
  return (
    <fieldset className="parts">
      <legend>{t('inf.ujiTitle')}</legend>
      <Field label={t('inf.pasal17')} error={form.errorFor('pasal17Huruf')}>
        {(a) => (
          <select {...a} name="pasal17Huruf" defaultValue={item?.pasal17Huruf ?? ''}>
            <option value="">{t('pmh.choose')}</option>
            {pasal17Letters.map((l) => (
              <option key={l} value={l}>
                {t('inf.pasal17Option', { letter: l, text: t(`pasal17.${l}` as MessageKey) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('inf.dasarHukum')} error={form.errorFor('dasarHukum')}>
        {(a) => <textarea {...a} name="dasarHukum" rows={2} maxLength={2000} defaultValue={item?.dasarHukum ?? ''} />}
      </Field>
      <Field label={t('inf.ujiKonsekuensi')} hint={t('inf.ujiHint')} error={form.errorFor('ujiKonsekuensi')}>
        {(a) => <textarea {...a} name="ujiKonsekuensi" rows={6} maxLength={10_000} defaultValue={item?.ujiKonsekuensi ?? ''} />}
      </Field>
      <div className="grid">
        <Field label={t('inf.masa')} optional={t('app.optional')} error={form.errorFor('masaPengecualian')}>
          {(a) => <input {...a} name="masaPengecualian" maxLength={300} defaultValue={item?.masaPengecualian ?? ''} />}
        </Field>
        <Field label={t('inf.berakhir')} error={form.errorFor('pengecualianBerakhir')}>
          {(a) => <input {...a} name="pengecualianBerakhir" type="date" defaultValue={item?.pengecualianBerakhir ?? ''} />}
        </Field>
        <Field label={t('inf.penetapanNomor')} error={form.errorFor('penetapanNomor')}>
          {(a) => <input {...a} name="penetapanNomor" maxLength={200} defaultValue={item?.penetapanNomor ?? ''} />}
        </Field>
        <Field label={t('inf.penetapanTanggal')} error={form.errorFor('penetapanTanggal')}>
          {(a) => <input {...a} name="penetapanTanggal" type="date" defaultValue={item?.penetapanTanggal ?? ''} />}
        </Field>
      </div>
    </fieldset>
  );
}

function LinkRows({ item, form }: { item?: Informasi; form: ReturnType<typeof useForm> }) {
  const initial = item?.tautan ?? [];
  // Keys survive removals so typed text stays in its row; input names follow the position the server reports.
  const [rows, setRows] = useState<Array<{ key: number; link?: { judul: string; url: string } }>>(initial.map((link, key) => ({ key, link })));
  const [next, setNext] = useState(initial.length);
  return (
    <fieldset className="parts">
      <legend>{t('inf.tautan')}</legend>
      <p className="hint">{t('inf.tautanHint')}</p>
      {rows.map(({ key, link }, i) => (
        <div key={key} className="part">
          <div className="grid">
            <Field label={t('inf.tautanJudul', { n: i + 1 })} error={form.errorFor(`tautan.${i}.judul`) ?? form.errorFor(`tautan.${i}`)}>
              {(a) => <input {...a} name={`tautan.${i}.judul`} maxLength={200} defaultValue={link?.judul} />}
            </Field>
            <Field label={t('inf.tautanUrl', { n: i + 1 })} error={form.errorFor(`tautan.${i}.url`)}>
              {(a) => <input {...a} name={`tautan.${i}.url`} type="url" maxLength={2000} defaultValue={link?.url} />}
            </Field>
          </div>
          <button type="button" className="btn-secondary" onClick={() => setRows(rows.filter((r) => r.key !== key))}>
            {t('inf.tautanRemove', { n: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn-secondary"
        onClick={() => {
          setRows([...rows, { key: next }]);
          setNext(next + 1);
        }}
      >
        {t('inf.tautanAdd')}
      </button>
    </fieldset>
  );
}

/** The first half-filled or empty document row, by the input's name. */
function emptyLinkField(v: Record<string, string | undefined>): string | undefined {
  for (let i = 0; `tautan.${i}.judul` in v; i++) {
    if (!v[`tautan.${i}.judul`]) return `tautan.${i}.judul`;
    if (!v[`tautan.${i}.url`]) return `tautan.${i}.url`;
  }
  return undefined;
}

/** The API body: empty optional inputs clear their value; fields of other classes are left out. */
function bodyOf(v: Record<string, string | undefined>, klasifikasi: Klasifikasi): Record<string, unknown> {
  const body: Record<string, unknown> = { klasifikasi, judul: v.judul, ringkasan: v.ringkasan, penguasaInformasi: v.penguasaInformasi, bentuk: v.bentuk };
  for (const name of optionalTexts) body[name] = v[name] ?? '';
  const tautan: Array<{ judul: string; url: string }> = [];
  for (let i = 0; `tautan.${i}.judul` in v || `tautan.${i}.url` in v; i++)
    tautan.push({ judul: v[`tautan.${i}.judul`] ?? '', url: v[`tautan.${i}.url`] ?? '' });
  body.tautan = tautan;
  if (klasifikasi === 'dikecualikan') {
    body.pasal17Huruf = v.pasal17Huruf ?? null;
    for (const name of exemptTexts) body[name] = v[name] ?? '';
  } else {
    body.tanggalTerbit = v.tanggalTerbit ?? '';
    // Left empty, the server sets the next update six months after publication.
    if (klasifikasi === 'berkala' && v.pembaruanBerikutnya) body.pembaruanBerikutnya = v.pembaruanBerikutnya;
  }
  return body;
}

/** The withdrawal note of an archived item. */
export function ArchivedNote({ item }: { item: Informasi }) {
  if (!item.diarsipkanAt) return null;
  return (
    <div className="alert alert-warn">
      <p>{t('inf.archivedOn', { date: formatDateTime(item.diarsipkanAt) })}</p>
      {item.alasanArsip && <p>{t('inf.archivedReason', { reason: item.alasanArsip })}</p>}
    </div>
  );
}
