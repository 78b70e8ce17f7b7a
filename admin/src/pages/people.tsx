import { useState } from 'react';
import { api } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import { abilities, useSession } from '../session.tsx';
import type { Items, Person, PersonDetail, RoleOption, Unit } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { PersonForm } from './person-form.tsx';

/** Search people by name or NIP, optionally within one unit; admins add people. */
export function PeoplePage() {
  const { me } = useSession();
  const [filter, setFilter] = useState({ q: '', unitId: '' });
  const [adding, setAdding] = useState(false);
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '')).toString();
  const people = useLoad<Items<Person>>(`/people${query ? `?${query}` : ''}`);
  const units = useLoad<Items<Unit>>('/units');
  return (
    <Page
      title={t('people.title')}
      actions={
        abilities(me).admin && (
          <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            {t('people.add')}
          </button>
        )
      }
    >
      {adding && (
        <section className="card" aria-labelledby="person-new">
          <h2 id="person-new">{t('people.new')}</h2>
          <PersonForm
            submitLabel={t('person.submit')}
            onSubmit={async (input, el) => {
              await api('/people', { body: input });
              el.reset();
              people.reload();
            }}
          />
        </section>
      )}
      <form
        aria-label={t('people.searchSubmit')}
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          setFilter({ q: String(data.get('q') ?? '').trim(), unitId: String(data.get('unitId') ?? '') });
        }}
      >
        <Field label={t('people.search')} hint={t('people.searchHint')}>
          {(a) => <input {...a} name="q" type="search" defaultValue={filter.q} />}
        </Field>
        <Field label={t('people.unit')}>
          {(a) => (
            <select {...a} name="unitId" defaultValue={filter.unitId}>
              <option value="">{t('people.allUnits')}</option>
              {units.data?.items.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit">{t('people.searchSubmit')}</button>
      </form>
      <LoadState loaded={people} />
      {people.data && people.data.items.length === 0 && <p>{t('app.empty')}</p>}
      {people.data && people.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('person.nip')}</th>
                <th scope="col">{t('person.position')}</th>
              </tr>
            </thead>
            <tbody>
              {people.data.items.map((p) => (
                <tr key={p.id}>
                  <td data-label={t('person.name')}>
                    <Link to={`/orang/${p.id}`}>{p.name}</Link>
                  </td>
                  <td data-label={t('person.nip')} className="nip">
                    {p.nip ?? '—'}
                  </td>
                  <td data-label={t('person.position')}>{p.position ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}

/** One person: their data (editable by admins) and the teams they belong to. */
export function PersonPage({ id }: { id: string }) {
  const { me } = useSession();
  const person = useLoad<PersonDetail>(`/people/${id}`);
  const units = useLoad<Items<Unit>>('/units');
  const roles = useLoad<Items<RoleOption>>('/roles');
  const unitName = (unitId: string) => units.data?.items.find((u) => u.id === unitId)?.name ?? unitId;
  const roleLabel = (value: string) => roles.data?.items.find((r) => r.value === value)?.label[currentLang()] ?? value;
  const p = person.data;
  return (
    <Page title={p?.name ?? t('people.title')}>
      <p>
        <Link to="/orang">← {t('app.back')}</Link>
      </p>
      <LoadState loaded={person} />
      {p && (
        <>
          {abilities(me).admin ? (
            <section className="card" aria-label={t('person.submit')}>
              <PersonForm
                key={JSON.stringify(p)}
                person={p}
                submitLabel={t('person.submit')}
                onSubmit={async (input) => {
                  await api(`/people/${id}`, { method: 'PATCH', body: input });
                }}
              />
            </section>
          ) : (
            <dl className="facts">
              <dt>{t('person.nip')}</dt>
              <dd className="nip">{p.nip ?? '—'}</dd>
              <dt>{t('person.position')}</dt>
              <dd>{p.position ?? '—'}</dd>
            </dl>
          )}
          <section aria-labelledby="person-teams">
            <h2 id="person-teams">{t('person.memberships')}</h2>
            {p.memberships.length === 0 ? (
              <p>{t('person.noMemberships')}</p>
            ) : (
              <ul>
                {p.memberships.map((m) => (
                  <li key={m.id}>
                    <Link to={`/unit/${m.unitId}/tim`}>{unitName(m.unitId)}</Link> — {roleLabel(m.role)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
