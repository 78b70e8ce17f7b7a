import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Items, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { ImportPreview, type PreviewColumn, SpreadsheetField, sendSpreadsheet } from '../ui/spreadsheet-import.tsx';

type Alumnus = { id: string; program: string; tahun: number; angkatan: string; nama: string; nip: string | null; instansi: string; jabatan: string };
type AlumniPage = {
  items: Alumnus[];
  total: number;
  perHalaman: number;
  programs: Array<{ program: string; tahun: Array<{ tahun: number; jumlah: number }> }>;
};
type ImportRow = {
  row: number;
  nama: string;
  program: string;
  tahun: string;
  angkatan: string;
  instansi: string;
  existing: boolean;
  errors: Array<{ field: string; message: string }>;
};
type ImportResult = { ok: boolean; rows: ImportRow[]; created?: number };

// The server's site.edit roles: whoever keeps the unit's site keeps its alumni list.
const siteRoles = ['penanggung_jawab', 'admin_medsos', 'developer', 'editor', 'redaktur'];

/** A unit's training alumni: filter by programme and year, add, edit, remove, and import a file (preview, then apply). */
export function AlumniPage() {
  const { me } = useSession();
  const units = useLoad<Items<Unit>>('/units');
  const mine = units.data?.items.filter((u) => hasUnitRole(me, u.id, ...siteRoles)) ?? [];
  const [unitId, setUnitId] = useState('');
  const unit = unitId || mine[0]?.id || '';
  return (
    <Page title={t('alumni.title')}>
      <p>{t('alumni.intro')}</p>
      <LoadState loaded={units} />
      {mine.length > 1 && (
        <Field label={t('alumni.unit')}>
          {(a) => (
            <select {...a} value={unit} onChange={(e) => setUnitId(e.currentTarget.value)}>
              {mine.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {unit && <UnitAlumni key={unit} unitId={unit} />}
    </Page>
  );
}

function UnitAlumni({ unitId }: { unitId: string }) {
  const [filter, setFilter] = useState({ program: '', tahun: '', halaman: 1 });
  const [editing, setEditing] = useState<Alumnus | 'new' | null>(null);
  const query = new URLSearchParams({ halaman: String(filter.halaman) });
  if (filter.program) query.set('program', filter.program);
  if (filter.tahun) query.set('tahun', filter.tahun);
  const list = useLoad<AlumniPage>(`/units/${unitId}/alumni?${query}`);
  const removeForm = useForm([]);
  const years = [...new Set(list.data?.programs.flatMap((p) => (filter.program && p.program !== filter.program ? [] : p.tahun.map((y) => y.tahun))))];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.perHalaman)) : 1;
  return (
    <>
      <section className="card" aria-label={t('alumni.title')}>
        <div className="filters">
          <Field label={t('alumni.program')}>
            {(a) => (
              <select {...a} value={filter.program} onChange={(e) => setFilter({ program: e.currentTarget.value, tahun: '', halaman: 1 })}>
                <option value="">{t('alumni.all')}</option>
                {list.data?.programs.map((p) => (
                  <option key={p.program}>{p.program}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('alumni.tahun')}>
            {(a) => (
              <select {...a} value={filter.tahun} onChange={(e) => setFilter({ ...filter, tahun: e.currentTarget.value, halaman: 1 })}>
                <option value="">{t('alumni.all')}</option>
                {years.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="button" onClick={() => setEditing('new')}>
          {t('alumni.add')}
        </button>
      </section>
      {editing && (
        <AlumnusForm
          unitId={unitId}
          alumnus={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
      <FormStatus form={removeForm} />
      <LoadState loaded={list} />
      {list.data && list.data.items.length === 0 && <p>{t('alumni.none')}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <p>{t('alumni.total', { n: list.data.total })}</p>
          <table className="stack">
            <thead>
              <tr>
                {(['nama', 'nip', 'instansi', 'jabatan', 'program', 'angkatan', 'tahun'] as const).map((k) => (
                  <th key={k} scope="col">
                    {t(`alumni.${k}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('alumni.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.nama}</th>
                  <td data-label={t('alumni.nip')}>{a.nip ?? '—'}</td>
                  <td data-label={t('alumni.instansi')}>{a.instansi || '—'}</td>
                  <td data-label={t('alumni.jabatan')}>{a.jabatan || '—'}</td>
                  <td data-label={t('alumni.program')}>{a.program}</td>
                  <td data-label={t('alumni.angkatan')}>{a.angkatan || '—'}</td>
                  <td data-label={t('alumni.tahun')}>{a.tahun}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(a)}>
                      {t('alumni.edit')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-disabled={removeForm.busy}
                      onClick={() => {
                        if (!window.confirm(t('alumni.removeConfirm', { nama: a.nama }))) return;
                        void removeForm.run(async () => {
                          await api(`/alumni/${a.id}`, { method: 'DELETE' });
                          list.reload();
                        }, t('alumni.removed'));
                      }}
                    >
                      {t('alumni.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <p>
              {filter.halaman > 1 && (
                <button type="button" onClick={() => setFilter({ ...filter, halaman: filter.halaman - 1 })}>
                  {t('alumni.prev')}
                </button>
              )}{' '}
              {filter.halaman < pages && (
                <button type="button" onClick={() => setFilter({ ...filter, halaman: filter.halaman + 1 })}>
                  {t('alumni.more')}
                </button>
              )}
            </p>
          )}
        </div>
      )}
      <AlumniImport unitId={unitId} onDone={list.reload} />
    </>
  );
}

const fields = ['program', 'tahun', 'angkatan', 'nama', 'nip', 'instansi', 'jabatan'] as const;

function AlumnusForm({ unitId, alumnus, onDone }: { unitId: string; alumnus: Alumnus | null; onDone: () => void }) {
  const form = useForm([...fields]);
  return (
    <form
      className="card"
      noValidate
      aria-label={alumnus ? t('alumni.editTitle') : t('alumni.add')}
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const body = { ...v, tahun: Number(v.tahun), nip: v.nip ?? null };
        void form
          .run(() => (alumnus ? api(`/alumni/${alumnus.id}`, { method: 'PUT', body }) : api(`/units/${unitId}/alumni`, { body })), t('alumni.saved'))
          .then((ok) => ok && onDone());
      }}
    >
      <FormStatus form={form} />
      {fields.map((k) => (
        <Field
          key={k}
          label={t(`alumni.${k}`)}
          error={form.errorFor(k)}
          optional={['angkatan', 'nip', 'instansi', 'jabatan'].includes(k) ? t('app.optional') : undefined}
        >
          {(a) => (
            <input {...a} name={k} inputMode={k === 'tahun' || k === 'nip' ? 'numeric' : undefined} defaultValue={alumnus ? String(alumnus[k] ?? '') : ''} />
          )}
        </Field>
      ))}
      <button type="submit" aria-disabled={form.busy}>
        {t('app.save')}
      </button>{' '}
      <button type="button" onClick={onDone}>
        {t('alumni.cancel')}
      </button>
    </form>
  );
}

function AlumniImport({ unitId, onDone }: { unitId: string; onDone: () => void }) {
  const form = useForm(['file', 'program', 'tahun', 'angkatan']);
  const [file, setFile] = useState<File | null>(null);
  const [defaults, setDefaults] = useState({ program: '', angkatan: '', tahun: '' });
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const send = (dryRun: boolean) => sendSpreadsheet<ImportResult>(`/units/${unitId}/alumni/impor`, file, dryRun, defaults);
  const columns: PreviewColumn<ImportRow>[] = [
    { label: t('alumni.nama'), cell: (r) => (r.existing ? `${r.nama} (${t('alumni.existing')})` : r.nama) },
    ...(['instansi', 'program', 'angkatan', 'tahun'] as const).map((k) => ({ label: t(`alumni.${k}`), cell: (r: ImportRow) => r[k] })),
  ];
  return (
    <section className="card" aria-labelledby="alumni-import">
      <h2 id="alumni-import">{t('alumni.import')}</h2>
      <p className="hint">{t('alumni.importHint')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(null);
          void form.run(async () => setPreview(await send(true)));
        }}
      >
        <FormStatus form={form} />
        <div role="status">{created !== null && <p className="alert alert-ok">{t('alumni.imported', { n: created })}</p>}</div>
        <SpreadsheetField
          label={t('alumni.file')}
          error={form.errorFor('file')}
          onFile={(f) => {
            setFile(f);
            setPreview(null);
          }}
        />
        {(['program', 'angkatan', 'tahun'] as const).map((k) => (
          <Field key={k} label={t(`alumni.${k}`)} optional={t('app.optional')} error={form.errorFor(k)}>
            {(a) => (
              <input
                {...a}
                value={defaults[k]}
                onChange={(e) => {
                  setDefaults({ ...defaults, [k]: e.currentTarget.value });
                  setPreview(null);
                }}
              />
            )}
          </Field>
        ))}
        <button type="submit" aria-disabled={form.busy}>
          {t('alumni.preview')}
        </button>
      </form>
      {preview && (
        <ImportPreview
          rows={preview.rows}
          columns={columns}
          labels={{
            row: t('alumni.row'),
            problems: t('alumni.problems'),
            ready: t('alumni.ready'),
            hasErrors: (n) => t('alumni.hasErrors', { n }),
            run: t('alumni.run'),
          }}
          busy={form.busy}
          onRun={() =>
            void form.run(async () => {
              const result = await send(false);
              setPreview(result.ok ? null : result);
              if (result.ok) {
                setCreated(result.created ?? 0);
                onDone();
              }
            })
          }
        />
      )}
    </section>
  );
}
