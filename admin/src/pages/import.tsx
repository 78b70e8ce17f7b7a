import { useState } from 'react';
import { t } from '../i18n.ts';
import type { Decree, ImportResult, ImportRow, Items } from '../types.ts';
import { Field, FormStatus, useForm } from '../ui/form.tsx';
import { useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { ImportPreview, type PreviewColumn, SpreadsheetField, sendSpreadsheet } from '../ui/spreadsheet-import.tsx';

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

  const send = (dryRun: boolean) => sendSpreadsheet<ImportResult>('/imports/team-members', file, dryRun, { decreeId });
  const columns: PreviewColumn<ImportRow>[] = [
    { label: t('person.name'), cell: (r) => r.name },
    { label: t('person.nip'), cell: (r) => r.nip ?? '—', className: 'nip' },
    { label: t('person.position'), cell: (r) => r.position ?? '—' },
    { label: t('people.unit'), cell: (r) => r.unit ?? '—' },
    { label: t('team.role'), cell: (r) => r.role },
    { label: t('team.person'), cell: (r) => (r.person === 'new' ? t('import.newPerson') : t('import.existingPerson')) },
    { label: t('import.member'), cell: (r) => (r.member === 'new' ? t('import.newMember') : t('import.existingMember')) },
  ];

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
        <SpreadsheetField
          label={t('import.file')}
          error={form.errorFor('file')}
          onFile={(f) => {
            setFile(f);
            setPreview(null);
          }}
        />
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
          <ImportPreview
            rows={preview.rows}
            columns={columns}
            fieldName={fieldName}
            labels={{
              row: t('import.row'),
              problems: t('import.problems'),
              ready: t('import.ready'),
              hasErrors: (n) => t('import.hasErrors', { n }),
              run: t('import.run'),
            }}
            busy={form.busy}
            onRun={() =>
              void form.run(async () => {
                const result = await send(false);
                if (result.ok) {
                  setDone(result.created ?? { people: 0, members: 0 });
                  setPreview(null);
                } else setPreview(result);
              })
            }
          />
        </section>
      )}
    </Page>
  );
}
