import { useState } from 'react';
import { api } from '../api.ts';
import { currentLang, formatDate, t } from '../i18n.ts';
import type { Decree, DecreeDetail, Items, RoleOption, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

/** The decrees (SK) that set the publication teams. */
export function DecreesPage() {
  const decrees = useLoad<Items<Decree>>('/decrees');
  const units = useLoad<Items<Unit>>('/units');
  const [adding, setAdding] = useState(false);
  const unitName = (id: string | null) => (id ? (units.data?.items.find((u) => u.id === id)?.name ?? '') : '');
  return (
    <Page
      title={t('decrees.title')}
      actions={
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('decrees.add')}
        </button>
      }
    >
      {adding && (
        <section className="card" aria-labelledby="decree-new">
          <h2 id="decree-new">{t('decrees.new')}</h2>
          <DecreeForm
            units={units.data?.items ?? []}
            onSubmit={async (input, el) => {
              await api('/decrees', { body: input });
              el.reset();
              decrees.reload();
            }}
          />
        </section>
      )}
      <LoadState loaded={decrees} />
      {decrees.data && decrees.data.items.length === 0 && <p>{t('app.empty')}</p>}
      {decrees.data && decrees.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('decree.number')}</th>
                <th scope="col">{t('decree.date')}</th>
                <th scope="col">{t('decree.titleField')}</th>
                <th scope="col">{t('decree.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {decrees.data.items.map((d) => (
                <tr key={d.id}>
                  <td data-label={t('decree.number')}>
                    <Link to={`/sk/${d.id}`}>{d.number}</Link>
                  </td>
                  <td data-label={t('decree.date')}>{formatDate(d.date)}</td>
                  <td data-label={t('decree.titleField')}>{d.title}</td>
                  <td data-label={t('decree.unit')}>{unitName(d.unitId) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

type DecreeInput = { number: string; date: string; title: string; signerName: string; signerPosition: string | null; unitId: string | null };

function DecreeForm({ decree, units, onSubmit }: { decree?: Decree; units: Unit[]; onSubmit: (input: DecreeInput, el: HTMLFormElement) => Promise<unknown> }) {
  const form = useForm(['number', 'date', 'title', 'signerName', 'signerPosition', 'unitId']);
  const opt = t('app.optional');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const v = formValues(el);
        const input = {
          number: v.number ?? '',
          date: v.date ?? '',
          title: v.title ?? '',
          signerName: v.signerName ?? '',
          signerPosition: v.signerPosition ?? null,
          unitId: v.unitId ?? null,
        };
        void form.run(() => onSubmit(input, el), t('app.saved'));
      }}
    >
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('decree.number')} error={form.errorFor('number')}>
          {(a) => <input {...a} name="number" defaultValue={decree?.number} />}
        </Field>
        <Field label={t('decree.date')} error={form.errorFor('date')}>
          {(a) => <input {...a} name="date" type="date" defaultValue={decree?.date?.slice(0, 10)} />}
        </Field>
        <Field label={t('decree.titleField')} error={form.errorFor('title')}>
          {(a) => <input {...a} name="title" defaultValue={decree?.title} />}
        </Field>
        <Field label={t('decree.signer')} error={form.errorFor('signerName')}>
          {(a) => <input {...a} name="signerName" defaultValue={decree?.signerName} />}
        </Field>
        <Field label={t('decree.signerPosition')} optional={opt} error={form.errorFor('signerPosition')}>
          {(a) => <input {...a} name="signerPosition" defaultValue={decree?.signerPosition ?? ''} />}
        </Field>
        <Field label={t('decree.unit')} optional={opt} error={form.errorFor('unitId')}>
          {(a) => (
            <select {...a} name="unitId" defaultValue={decree?.unitId ?? ''}>
              <option value="">{t('app.none')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button type="submit" aria-disabled={form.busy}>
        {t('decree.submit')}
      </button>
    </form>
  );
}

/** One decree: its data (editable) and the team members it appoints. */
export function DecreePage({ id }: { id: string }) {
  const decree = useLoad<DecreeDetail>(`/decrees/${id}`);
  const units = useLoad<Items<Unit>>('/units');
  const roles = useLoad<Items<RoleOption>>('/roles');
  const roleLabel = (value: string) => roles.data?.items.find((r) => r.value === value)?.label[currentLang()] ?? value;
  const d = decree.data;
  return (
    <Page title={d ? `SK ${d.number}` : t('decrees.title')}>
      <p>
        <Link to="/sk">← {t('app.back')}</Link>
      </p>
      <LoadState loaded={decree} />
      {d && (
        <>
          <section className="card" aria-label={t('decree.submit')}>
            <DecreeForm
              key={d.id}
              decree={d}
              units={units.data?.items ?? []}
              onSubmit={async (input) => {
                await api(`/decrees/${id}`, { method: 'PATCH', body: input });
              }}
            />
          </section>
          <section aria-labelledby="decree-members">
            <h2 id="decree-members">{t('decree.members')}</h2>
            {d.members.length === 0 ? (
              <p>{t('app.empty')}</p>
            ) : (
              <div className="table-wrap">
                <table className="stack">
                  <thead>
                    <tr>
                      <th scope="col">{t('person.name')}</th>
                      <th scope="col">{t('person.nip')}</th>
                      <th scope="col">{t('decree.unit')}</th>
                      <th scope="col">{t('team.role')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.members.map((m) => (
                      <tr key={m.id}>
                        <td data-label={t('person.name')}>
                          <Link to={`/orang/${m.person.id}`}>{m.person.name}</Link>
                        </td>
                        <td data-label={t('person.nip')} className="nip">
                          {m.person.nip ?? '—'}
                        </td>
                        <td data-label={t('decree.unit')}>
                          <Link to={`/unit/${m.unit.id}/tim`}>{m.unit.name}</Link>
                        </td>
                        <td data-label={t('team.role')}>{roleLabel(m.role)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
