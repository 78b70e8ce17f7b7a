import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { Items, Unit } from '../types.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { ImportProgressView, type ImportState, isBusy } from './impor-wordpress-progress.tsx';
import { ReportView } from './impor-wordpress-report.tsx';

// The API's shapes (src/modules/impor-wp: preview-import.ts, report.ts, run-import.ts).
type Jenis = 'berita' | 'artikel' | 'pengumuman';
type Tujuan = { jenis: Jenis; bidangId?: string | null };
type Mapping = { kategori: Record<string, Tujuan>; tanpaKategori: Tujuan; halaman: Tujuan; penulis: Record<string, string | null> };
type Preview = {
  id: string;
  siteUrl: string;
  siteTitle: string;
  kategori: Array<{ slug: string; nama: string }>;
  penulis: Array<{ login: string; nama: string; email: string }>;
  mapping: Mapping;
  pilihan: { bidang: Array<{ id: string; nama: string }>; orang: Array<{ id: string; nama: string }> };
};
const jenisList: Jenis[] = ['berita', 'artikel', 'pengumuman'];

/** One target (kind and, for news, bidang) as two selects. */
function TujuanPicker({
  label,
  value,
  bidang,
  onChange,
}: {
  label: string;
  value: Tujuan;
  bidang: Preview['pilihan']['bidang'];
  onChange: (v: Tujuan) => void;
}) {
  return (
    <fieldset className="inline-fields">
      <legend>{label}</legend>
      <Field label={t('imporWp.kind')}>
        {(a) => (
          <select
            {...a}
            value={value.jenis}
            onChange={(e) => onChange({ jenis: e.currentTarget.value as Jenis, bidangId: value.bidangId ?? bidang[0]?.id ?? null })}
          >
            {jenisList.map((j) => (
              <option key={j} value={j}>
                {t(`imporWp.kind.${j}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {value.jenis === 'berita' && (
        <Field label={t('imporWp.bidang')}>
          {(a) => (
            <select {...a} value={value.bidangId ?? ''} onChange={(e) => onChange({ jenis: 'berita', bidangId: e.currentTarget.value || null })}>
              <option value="">{t('app.none')}</option>
              {bidang.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.nama}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </fieldset>
  );
}

/**
 * "Impor WordPress": upload, edit the proposed mapping, dry run with its report, run, result. The
 * dry run and the run are jobs on the server: the screen polls their state every second (TanStack
 * Query) and shows the counts so far, then the report.
 */
export function ImporWordPressPage() {
  const units = useLoad<Items<Unit>>('/units');
  const uploadForm = useForm(['unitId', 'wxr', 'arsip']);
  const runForm = useForm(['mapping']);
  const [unitId, setUnitId] = useState('');
  const [wxr, setWxr] = useState<File | null>(null);
  const [arsip, setArsip] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  // The mapping changed since the last report: that report no longer says what a run would do.
  const [changed, setChanged] = useState(false);
  const state = useQuery({
    queryKey: ['impor-wp', preview?.id, 'status'],
    queryFn: () => api<ImportState>(`/impor-wp/${preview!.id}/status`),
    enabled: Boolean(preview),
    staleTime: 0,
    refetchInterval: (q) => (isBusy(q.state.data) ? 1000 : false),
  });
  const busy = isBusy(state.data);
  const report = !busy && !changed ? (state.data?.laporan ?? null) : null;

  const send = async (dryRun: boolean) => {
    if (!preview || !mapping) return;
    const queued = await api<ImportState>(`/impor-wp/${preview.id}/${dryRun ? 'uji' : 'jalankan'}`, { body: { mapping } });
    setChanged(false);
    await state.refetch();
    return queued;
  };
  const setTarget = (change: Partial<Mapping>) => {
    setMapping((m) => (m ? { ...m, ...change } : m));
    setChanged(true);
  };

  return (
    <Page title={t('imporWp.title')}>
      <p>{t('imporWp.intro')}</p>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void uploadForm.run(async () => {
            const body = new FormData();
            body.set('unitId', unitId);
            if (wxr) body.set('wxr', wxr);
            if (arsip) body.set('arsip', arsip);
            const p = await api<Preview>('/impor-wp', { form: body });
            setPreview(p);
            setMapping(p.mapping);
            setChanged(false);
          });
        }}
      >
        <FormStatus form={uploadForm} />
        <Field label={t('imporWp.unit')} error={uploadForm.errorFor('unitId')}>
          {(a) => (
            <select {...a} name="unitId" value={unitId} onChange={(e) => setUnitId(e.currentTarget.value)}>
              <option value="">{t('app.choose')}</option>
              {units.data?.items.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('imporWp.wxr')} error={uploadForm.errorFor('wxr')}>
          {(a) => <input {...a} name="wxr" type="file" accept=".xml,application/xml,text/xml" onChange={(e) => setWxr(e.currentTarget.files?.[0] ?? null)} />}
        </Field>
        <Field label={t('imporWp.arsip')} optional={t('app.optional')} hint={t('imporWp.arsipHint')} error={uploadForm.errorFor('arsip')}>
          {(a) => <input {...a} name="arsip" type="file" accept=".zip,application/zip" onChange={(e) => setArsip(e.currentTarget.files?.[0] ?? null)} />}
        </Field>
        <button type="submit" aria-disabled={uploadForm.busy}>
          {t('imporWp.upload')}
        </button>
      </form>

      {/* Once run, the import is done: a re-import starts from a new upload. */}
      {preview && mapping && !report?.hasil && (
        <form className="card" noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="impor-wp-mapping">
          <h2 id="impor-wp-mapping">{t('imporWp.mapping')}</h2>
          <p>{t('imporWp.mappingIntro', { site: preview.siteTitle ? `${preview.siteTitle} (${preview.siteUrl})` : preview.siteUrl })}</p>
          <FormStatus form={runForm} />
          {preview.kategori.map((k) => (
            <TujuanPicker
              key={k.slug}
              label={`${t('imporWp.category')}: ${k.nama}`}
              value={mapping.kategori[k.slug] ?? mapping.tanpaKategori}
              bidang={preview.pilihan.bidang}
              onChange={(v) => setTarget({ kategori: { ...mapping.kategori, [k.slug]: v } })}
            />
          ))}
          <TujuanPicker
            label={t('imporWp.noCategory')}
            value={mapping.tanpaKategori}
            bidang={preview.pilihan.bidang}
            onChange={(v) => setTarget({ tanpaKategori: v })}
          />
          <TujuanPicker label={t('imporWp.pages')} value={mapping.halaman} bidang={preview.pilihan.bidang} onChange={(v) => setTarget({ halaman: v })} />
          {preview.penulis.map((p) => (
            <Field key={p.login} label={t('imporWp.authorAs', { name: p.nama })}>
              {(a) => (
                <select
                  {...a}
                  value={mapping.penulis[p.login] ?? ''}
                  onChange={(e) => setTarget({ penulis: { ...mapping.penulis, [p.login]: e.currentTarget.value || null } })}
                >
                  <option value="">{t('app.none')}</option>
                  {preview.pilihan.orang.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.nama}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
          <div className="actions">
            <button type="button" aria-disabled={runForm.busy || busy} onClick={() => !busy && void runForm.run(() => send(true))}>
              {t('imporWp.dryRun')}
            </button>
            {((report?.dryRun && report.ok) || state.data?.status === 'gagal') && !busy && !changed && (
              <button type="button" className="primary" aria-disabled={runForm.busy} onClick={() => void runForm.run(() => send(false))}>
                {t(state.data?.status === 'gagal' ? 'imporWp.resume' : 'imporWp.run')}
              </button>
            )}
          </div>
        </form>
      )}
      {state.data && (busy || state.data.status === 'gagal') && <ImportProgressView state={state.data} />}
      {report && <ReportView key={`${report.dryRun}-${report.counts.rowsWithErrors}`} report={report} />}
    </Page>
  );
}
