import { timeZoneLabel, timeZones } from '../../../src/modules/org/roles.ts';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { Check, Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

type Tenant = { id: string; name: string; domain: string | null; timeZone: string; require2faForAdmins: boolean };

/** The agency's own settings: name, go.id domain, time zone, and whether admins must use 2FA. */
export function TenantPage() {
  const { refresh } = useSession();
  const tenant = useLoad<Tenant>('/tenant');
  const form = useForm(['name', 'domain', 'timeZone', 'require2faForAdmins']);
  const data = tenant.data;
  return (
    <Page title={t('tenant.title')}>
      <LoadState loaded={tenant} />
      {data && (
        <form
          className="card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const v = formValues(e.currentTarget);
            const body = { name: v.name ?? '', domain: v.domain ?? null, timeZone: v.timeZone, require2faForAdmins: v.require2faForAdmins === 'on' };
            // The session carries the tenant's name, zone and 2FA rule, so it is read again.
            void form.run(async () => {
              await api('/tenant', { method: 'PATCH', body });
              await refresh();
            }, t('app.saved'));
          }}
        >
          <FormStatus form={form} />
          <Field label={t('tenant.name')} error={form.errorFor('name')}>
            {(a) => <input {...a} name="name" defaultValue={data.name} />}
          </Field>
          <Field label={t('tenant.domain')} hint={t('tenant.domainHint')} optional={t('app.optional')} error={form.errorFor('domain')}>
            {(a) => <input {...a} name="domain" defaultValue={data.domain ?? ''} autoCapitalize="none" />}
          </Field>
          <Field label={t('tenant.timeZone')} error={form.errorFor('timeZone')}>
            {(a) => (
              <select {...a} name="timeZone" defaultValue={data.timeZone}>
                {timeZones.map((zone) => (
                  <option key={zone} value={zone}>
                    {timeZoneLabel[zone]} ({zone})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Check
            label={t('tenant.require2fa')}
            name="require2faForAdmins"
            defaultChecked={data.require2faForAdmins}
            error={form.errorFor('require2faForAdmins')}
          />
          <button type="submit" aria-disabled={form.busy}>
            {t('tenant.submit')}
          </button>
        </form>
      )}
    </Page>
  );
}
