import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import { FormAlerts } from '../../site/views/form-alerts.tsx';
import { describedBy, type FieldProps, Hint, Label, Problem, TextField } from '../../site/views/form-fields.tsx';
import { copyDeliveries, obtainMethods, requesterTypes } from '../terms.ts';

export type FormValues = Record<string, string>;
/** One message per field, already in the visitor's language. */
export type FormErrors = Record<string, string>;

type Props = { ctx: SiteContext; action: string; trackHref: string; values?: FormValues; errors?: FormErrors; notice?: string };

/**
 * The request form of Perki 1/2021, posted as a plain HTML form: it works without JavaScript.
 * After a failed post it comes back with what was typed and each problem next to its field.
 */
export function RequestForm({ ctx, action, trackHref, values = {}, errors = {}, notice }: Props) {
  const l = (key: MessageKey) => t(ctx.lang, key);
  const field = { ctx, prefix: 'permohonan', values, errors };
  return (
    <>
      <p class="lead">{l('permohonan.form.intro')}</p>
      <p>
        <a href={trackHref}>{l('permohonan.form.track_link')}</a>
      </p>
      <FormAlerts notice={notice} errors={errors} summary={l('permohonan.form.error_summary')} />
      <form class="form" method="post" action={action} enctype="multipart/form-data" novalidate>
        <p class="meta">{l('permohonan.form.required')}</p>
        <fieldset>
          <legend>{l('permohonan.form.section.requester')}</legend>
          <Choice {...field} name="requesterType" options={requesterTypes} required />
          <Text {...field} name="requesterName" required hint="permohonan.field.requesterName.hint" autocomplete="name" />
          <Text {...field} name="requesterAddress" required multiline autocomplete="street-address" />
          <Text {...field} name="requesterOccupation" autocomplete="organization-title" />
          <p class="meta" id="contact-hint">
            {l('permohonan.field.contact.hint')}
          </p>
          <Text {...field} name="requesterPhone" type="tel" autocomplete="tel" describedBy="contact-hint" />
          <Text {...field} name="requesterEmail" type="email" autocomplete="email" describedBy="contact-hint" />
          <IdentityUpload ctx={ctx} errors={errors} />
        </fieldset>
        <fieldset>
          <legend>{l('permohonan.form.section.request')}</legend>
          <Text {...field} name="informationDetails" required multiline />
          <Text {...field} name="purpose" required multiline />
        </fieldset>
        <fieldset>
          <legend>{l('permohonan.form.section.delivery')}</legend>
          <Choice {...field} name="obtainMethod" options={obtainMethods} required />
          <Choice {...field} name="copyDelivery" options={copyDeliveries} hint="permohonan.field.copyDelivery.hint" />
        </fieldset>
        <button type="submit">{l('permohonan.form.submit')}</button>
      </form>
    </>
  );
}

// The request form's text areas are a line shorter than the objection form's.
const Text = (props: Parameters<typeof TextField>[0]) => <TextField rows={4} {...props} />;

function Choice(props: FieldProps & { options: readonly string[] }) {
  const { ctx, prefix, values, errors, name, required, hint, options } = props;
  const error = errors[name];
  return (
    <fieldset id={`f-${name}`} class={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(name, Boolean(error), Boolean(hint))}>
      <legend>
        <Label ctx={ctx} prefix={prefix} name={name} required={required} />
      </legend>
      <Problem name={name} error={error} />
      <Hint ctx={ctx} name={name} hint={hint} />
      {options.map((option) => (
        <div class="choice" key={option}>
          <input
            type="radio"
            id={`f-${name}-${option}`}
            name={name}
            value={option}
            checked={values[name] === option}
            aria-invalid={error ? 'true' : undefined}
          />
          <label for={`f-${name}-${option}`}>{t(ctx.lang, `permohonan.${name}.${option}` as MessageKey)}</label>
        </div>
      ))}
    </fieldset>
  );
}

// A browser never refills a file input, so after a failed post its error says to choose the file again.
function IdentityUpload({ ctx, errors }: { ctx: SiteContext; errors: FormErrors }) {
  const name = 'identitas';
  const error = errors[name];
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={`f-${name}`}>
        <Label ctx={ctx} prefix="permohonan" name={name} />
      </label>
      <Problem name={name} error={error} />
      <p class="meta" id={`f-${name}-hint`}>
        {t(ctx.lang, 'permohonan.field.identitas.hint')}
      </p>
      <input
        type="file"
        id={`f-${name}`}
        name={name}
        accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(name, Boolean(error), true)}
      />
    </div>
  );
}
