import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import type { Account, Items, Person } from '../types.ts';
import { Check, Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

/** Accounts of the agency: invite by e-mail, make admin, disable. */
export function AccountsPage() {
  const accounts = useLoad<Items<Account>>('/users');
  return (
    <Page title={t('accounts.title')}>
      <InviteForm onInvited={accounts.reload} />
      <section aria-labelledby="accounts-list">
        <h2 id="accounts-list">{t('accounts.list')}</h2>
        <LoadState loaded={accounts} />
        {accounts.data && <AccountTable items={accounts.data.items} onChange={accounts.reload} />}
      </section>
    </Page>
  );
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const form = useForm(['email', 'displayName', 'personId', 'isAdmin', 'lang']);
  const people = useLoad<Items<Person>>('/people');
  return (
    <section className="card" aria-labelledby="accounts-invite">
      <h2 id="accounts-invite">{t('accounts.invite')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          const v = formValues(el);
          const body = {
            email: v.email ?? '',
            displayName: v.displayName ?? '',
            personId: v.personId ?? null,
            isAdmin: v.isAdmin === 'on',
            lang: v.lang === 'en' ? 'en' : 'id',
          };
          void form.run(
            async () => {
              await api('/users', { body });
              el.reset();
              onInvited();
            },
            t('accounts.invited', { email: body.email }),
          );
        }}
      >
        <FormStatus form={form} />
        <div className="grid">
          <Field label={t('signIn.email')} error={form.errorFor('email')}>
            {(a) => <input {...a} name="email" type="email" autoComplete="off" />}
          </Field>
          <Field label={t('accounts.displayName')} error={form.errorFor('displayName')}>
            {(a) => <input {...a} name="displayName" autoComplete="off" />}
          </Field>
          <Field label={t('accounts.person')} optional={t('app.optional')} error={form.errorFor('personId')}>
            {(a) => (
              <select {...a} name="personId" defaultValue="">
                <option value="">{t('app.none')}</option>
                {people.data?.items.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('accounts.lang')} error={form.errorFor('lang')}>
            {(a) => (
              <select {...a} name="lang" defaultValue="id">
                <option value="id">Bahasa Indonesia</option>
                <option value="en">English</option>
              </select>
            )}
          </Field>
        </div>
        <Check label={t('accounts.isAdmin')} name="isAdmin" error={form.errorFor('isAdmin')} />
        <button type="submit" aria-disabled={form.busy}>
          {t('accounts.inviteSubmit')}
        </button>
      </form>
    </section>
  );
}

function AccountTable({ items, onChange }: { items: Account[]; onChange: () => void }) {
  const { me } = useSession();
  const form = useForm([]);
  const change = (account: Account, body: Record<string, unknown>) =>
    void form.run(async () => {
      await api(`/users/${account.id}`, { method: 'PATCH', body });
      onChange();
    }, t('app.saved'));
  const action = (label: string, account: Account, body: Record<string, unknown>, danger = false) => (
    <button
      type="button"
      className={danger ? 'btn-danger' : 'btn-secondary'}
      aria-disabled={form.busy}
      aria-label={t('accounts.actionOf', { action: label, name: account.displayName })}
      onClick={() => change(account, body)}
    >
      {label}
    </button>
  );
  return (
    <>
      <FormStatus form={form} />
      <div className="table-wrap">
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">{t('accounts.displayName')}</th>
              <th scope="col">{t('accounts.status')}</th>
              <th scope="col">{t('accounts.lastLogin')}</th>
              <th scope="col">{t('accounts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => {
              const self = u.id === me.user.id;
              return (
                <tr key={u.id}>
                  <td data-label={t('accounts.displayName')}>
                    {u.displayName}
                    <br />
                    <span className="muted">{u.email}</span>
                  </td>
                  <td data-label={t('accounts.status')}>
                    <StatusBadges account={u} />
                  </td>
                  <td data-label={t('accounts.lastLogin')}>{formatDateTime(u.lastLoginAt)}</td>
                  <td data-label={t('accounts.actions')}>
                    <div className="actions">
                      {!self && action(u.isAdmin ? t('accounts.revokeAdmin') : t('accounts.makeAdmin'), u, { isAdmin: !u.isAdmin })}
                      {!self && action(u.disabledAt ? t('accounts.enable') : t('accounts.disable'), u, { disabled: !u.disabledAt }, !u.disabledAt)}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function StatusBadges({ account }: { account: Account }) {
  const badges: Array<[string, string]> = [];
  if (account.disabledAt) badges.push([t('accounts.disabled'), 'badge badge-danger']);
  else if (account.invitationPending) badges.push([t('accounts.pending'), 'badge badge-muted']);
  else badges.push([t('accounts.active'), 'badge badge-ok']);
  if (account.isAdmin) badges.push([t('accounts.admin'), 'badge']);
  if (account.totpEnabledAt) badges.push([t('accounts.twoStep'), 'badge']);
  return (
    <span className="badges">
      {badges.map(([text, cls]) => (
        <span key={text} className={cls}>
          {text}
        </span>
      ))}
    </span>
  );
}
