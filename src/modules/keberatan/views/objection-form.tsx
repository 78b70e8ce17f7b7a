import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { FormAlerts } from '../../site/views/form-alerts.tsx';
import { TextField } from '../../site/views/form-fields.tsx';
import { grounds } from '../terms.ts';
import { Checkboxes, Declaration, type FormErrors, type FormValues } from './fields.tsx';

type Props = { ctx: SiteContext; action: string; values?: FormValues; errors?: FormErrors; notice?: string };

/**
 * The objection form of Perki 1/2021 as a plain HTML form that works without JavaScript: the
 * request (number and tracking code), the grounds a–g, the statement of the case and the
 * representative. After a failed post it comes back with what was typed and each problem at its field.
 */
export function ObjectionForm({ ctx, action, values = {}, errors = {}, notice }: Props) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  const field = { ctx, prefix: 'keberatan', values, errors };
  return (
    <>
      <p class="lead">{l('keberatan.form.intro')}</p>
      <FormAlerts notice={notice} errors={errors} summary={l('keberatan.form.error_summary')} />
      <form class="form" method="post" action={action} novalidate>
        <p class="meta">{l('keberatan.form.required')}</p>
        <fieldset>
          <legend>{l('keberatan.form.section.request')}</legend>
          <TextField {...field} name="permohonanNumber" required hint="keberatan.field.permohonanNumber.hint" autocomplete="off" />
          <TextField {...field} name="trackingToken" required hint="keberatan.field.trackingToken.hint" autocomplete="off" />
        </fieldset>
        <fieldset>
          <legend>{l('keberatan.form.section.grounds')}</legend>
          <Checkboxes {...field} name="grounds" required options={grounds} labelKey={(g) => `keberatan.ground.${g}` as MessageKey} />
          <TextField {...field} name="reason" required multiline />
        </fieldset>
        <fieldset>
          <legend>{l('keberatan.form.section.representative')}</legend>
          <p class="meta">{l('keberatan.form.representative_intro')}</p>
          <TextField {...field} name="representativeName" autocomplete="name" />
          <TextField {...field} name="representativeAddress" multiline autocomplete="street-address" />
          <TextField {...field} name="representativePhone" type="tel" autocomplete="tel" />
          <Declaration {...field} name="powerOfAttorney" value="ya" />
        </fieldset>
        <button type="submit">{l('keberatan.form.submit')}</button>
      </form>
    </>
  );
}
