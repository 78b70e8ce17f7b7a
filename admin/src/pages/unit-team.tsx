import { api } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Decree, Items, Person, RoleOption, TeamMember, Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';

/** The unit's publication team: who holds which role, under which decree; add and remove. */
export function UnitTeam({ unit }: { unit: Unit }) {
  const { me } = useSession();
  const mayManage = hasUnitRole(me, unit.id, 'penanggung_jawab');
  const team = useLoad<Items<TeamMember>>(`/units/${unit.id}/team`);
  const roles = useLoad<Items<RoleOption>>('/roles');
  const people = useLoad<Items<Person>>(mayManage ? '/people' : null);
  // Decrees are an admin list; heads add members without one when it answers 403.
  const decrees = useLoad<Items<Decree>>(mayManage ? '/decrees' : null);
  const add = useForm(['personId', 'role', 'decreeId']);
  const removal = useForm([]);
  const roleLabel = (value: string) => roles.data?.items.find((r) => r.value === value)?.label[currentLang()] ?? value;
  const members = team.data?.items ?? [];
  return (
    <section aria-label={t('unit.tabTeam')}>
      <LoadState loaded={team} />
      <FormStatus form={removal} />
      {team.data && members.length === 0 && <p>{t('app.empty')}</p>}
      {members.length > 0 && (
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('person.nip')}</th>
                <th scope="col">{t('person.position')}</th>
                <th scope="col">{t('team.role')}</th>
                {mayManage && <th scope="col">{t('accounts.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td data-label={t('person.name')}>{m.person.name}</td>
                  <td data-label={t('person.nip')} className="nip">
                    {m.person.nip ?? '—'}
                  </td>
                  <td data-label={t('person.position')}>{m.person.position ?? '—'}</td>
                  <td data-label={t('team.role')}>{roleLabel(m.role)}</td>
                  {mayManage && (
                    <td data-label={t('accounts.actions')}>
                      <button
                        type="button"
                        className="btn-danger"
                        aria-label={t('team.removeOf', { name: m.person.name, role: roleLabel(m.role) })}
                        onClick={() => {
                          if (!window.confirm(t('team.confirmRemove', { name: m.person.name }))) return;
                          void removal.run(async () => {
                            await api(`/team-members/${m.id}`, { method: 'DELETE' });
                            team.reload();
                          });
                        }}
                      >
                        {t('team.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManage && (
        <form
          className="card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const v = formValues(e.currentTarget);
            void add.run(async () => {
              await api(`/units/${unit.id}/team`, { body: { personId: v.personId ?? '', role: v.role ?? '', decreeId: v.decreeId } });
              team.reload();
            }, t('app.saved'));
          }}
        >
          <h2>{t('team.add')}</h2>
          <FormStatus form={add} />
          <div className="grid">
            <Field label={t('team.person')} error={add.errorFor('personId')}>
              {(a) => (
                <select {...a} name="personId" defaultValue="">
                  <option value="">{t('app.choose')}</option>
                  {(people.data?.items ?? []).map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.nip ? ` — ${p.nip}` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('team.role')} error={add.errorFor('role')}>
              {(a) => (
                <select {...a} name="role" defaultValue="">
                  <option value="">{t('app.choose')}</option>
                  {(roles.data?.items ?? []).map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label[currentLang()]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {decrees.data && (
              <Field label={t('team.decree')} optional={t('app.optional')} error={add.errorFor('decreeId')}>
                {(a) => (
                  <select {...a} name="decreeId" defaultValue="">
                    <option value="">{t('app.none')}</option>
                    {decrees.data?.items.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.number}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          <button type="submit" aria-disabled={add.busy}>
            {t('team.add')}
          </button>
        </form>
      )}
    </section>
  );
}
