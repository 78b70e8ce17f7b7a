import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { t } from '../i18n.ts';
import type { Decree, ImportResult, Items } from '../types.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

const knownFields = ['name', 'nip', 'unit', 'role', 'row'] as const;

function fieldName(field: string): string {
  const known = knownFields.find((f) => f === field);
  return known ? t(`import.field.${known}`) : field;
}

/** Team members from a spreadsheet: preview every row with its problems, then import in one go. */
export function ImportPage() {
  const decrees = useLoad<Items<Decree>>('/decrees');
  const form = useForm(['file', 'decreeId']);
  const [file, setFile] = useState<File | null>(null);
  const [decreeId, setDecreeId] = useState('');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult['created'] | null>(null);

  const send = async (dryRun: boolean) => {
    const body = new FormData();
    if (file) body.set('file', file);
    body.set('dryRun', String(dryRun));
    if (decreeId) body.set('decreeId', decreeId);
    try {
      return await api<ImportResult>('/imports/team-members', { form: body });
    } catch (err) {
      // A 400 that carries rows is a preview with problems, not a failure of the form.
      const rows = err instanceof ApiError ? (err.body as Partial<ImportResult> | undefined)?.rows : undefined;
      if (rows) return { ok: false, rows } satisfies ImportResult;
      throw err;
    }
  };

  const bad = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;
  return (
    <Page title={t('import.title')}>
      <p>{t('import.intro')}</p>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          void form.run(async () => setPreview(await send(true)));
        }}
      >
        <FormStatus form={form} />
        <Field label={t('import.file')} error={form.errorFor('file')}>
          {(a) => (
            <input
              {...a}
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setPreview(null);
              }}
            />
          )}
        </Field>
        {decrees.data && (
          <Field label={t('import.decree')} optional={t('app.optional')} error={form.errorFor('decreeId')}>
            {(a) => (
              <select
                {...a}
                name="decreeId"
                value={decreeId}
                onChange={(e) => {
                  setDecreeId(e.currentTarget.value);
                  setPreview(null);
                }}
              >
                <option value="">{t('app.none')}</option>
                {decrees.data?.items.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.number} — {d.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <button type="submit" aria-disabled={form.busy}>
          {t('import.preview')}
        </button>
      </form>
      <div role="status">{done && <p className="alert alert-ok">{t('import.done', { people: done.people, members: done.members })}</p>}</div>
      {preview && (
        <section aria-labelledby="import-preview">
          <h2 id="import-preview">{t('import.previewTitle', { n: preview.rows.length })}</h2>
          {bad > 0 ? (
            <p className="alert alert-error" role="alert">
              {t('import.hasErrors', { n: bad })}
            </p>
          ) : (
            <p className="alert alert-ok">{t('import.ready')}</p>
          )}
          <div className="table-wrap">
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('person.name')}</th>
                  <th scope="col">{t('person.nip')}</th>
                  <th scope="col">{t('person.position')}</th>
                  <th scope="col">{t('people.unit')}</th>
                  <th scope="col">{t('team.role')}</th>
                  <th scope="col">{t('team.person')}</th>
                  <th scope="col">{t('import.member')}</th>
                  <th scope="col">{t('import.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row} className={r.errors.length ? 'row-error' : undefined}>
                    <th scope="row">{r.row}</th>
                    <td data-label={t('person.name')}>{r.name}</td>
                    <td data-label={t('person.nip')} className="nip">
                      {r.nip ?? '—'}
                    </td>
                    <td data-label={t('person.position')}>{r.position ?? '—'}</td>
                    <td data-label={t('people.unit')}>{r.unit ?? '—'}</td>
                    <td data-label={t('team.role')}>{r.role}</td>
                    <td data-label={t('team.person')}>{r.person === 'new' ? t('import.newPerson') : t('import.existingPerson')}</td>
                    <td data-label={t('import.member')}>{r.member === 'new' ? t('import.newMember') : t('import.existingMember')}</td>
                    <td data-label={t('import.problems')}>
                      {r.errors.length > 0 && (
                        <ul className="problems">
                          {r.errors.map((err) => (
                            <li key={`${err.field}:${err.message}`}>
                              <strong>{fieldName(err.field)}</strong>: {err.message}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad === 0 && preview.rows.length > 0 && (
            <button
              type="button"
              aria-disabled={form.busy}
              onClick={() =>
                void form.run(async () => {
                  const result = await send(false);
                  if (result.ok) {
                    setDone(result.created ?? { people: 0, members: 0 });
                    setPreview(null);
                  } else setPreview(result);
                })
              }
            >
              {t('import.run')}
            </button>
          )}
        </section>
      )}
    </Page>
  );
}
