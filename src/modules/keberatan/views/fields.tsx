import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import { describedBy, type FieldProps, Label, one, Problem } from '../../site/views/form-fields.tsx';

export type { FormErrors, FormValues } from '../../site/views/form-fields.tsx';

/** A group of checkboxes sharing one name; `labelKey` gives each option's label. */
export function Checkboxes(props: FieldProps & { options: readonly string[]; labelKey: (option: string) => MessageKey }) {
  const { ctx, prefix, values, errors, name, required, options } = props;
  const error = errors[name];
  const ticked = ([] as string[]).concat(values[name] ?? []);
  return (
    <fieldset id={`f-${name}`} class={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(name, Boolean(error), false)}>
      <legend>
        <Label ctx={ctx} prefix={prefix} name={name} required={required} />
      </legend>
      <Problem name={name} error={error} />
      {options.map((option) => (
        <div class="choice" key={option}>
          <input
            type="checkbox"
            id={`f-${name}-${option}`}
            name={name}
            value={option}
            checked={ticked.includes(option)}
            aria-invalid={error ? 'true' : undefined}
          />
          <label for={`f-${name}-${option}`}>{t(ctx.lang, props.labelKey(option))}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** One checkbox that declares something, sent as `value` when ticked. */
export function Declaration(props: FieldProps & { value: string }) {
  const { ctx, prefix, values, errors, name, value } = props;
  const error = errors[name];
  return (
    <div id={`f-${name}`} class={error ? 'field field-invalid' : 'field'}>
      <Problem name={name} error={error} />
      <div class="choice">
        <input
          type="checkbox"
          id={`f-${name}-input`}
          name={name}
          value={value}
          checked={one(values[name]) === value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `f-${name}-error` : undefined}
        />
        <label for={`f-${name}-input`}>{t(ctx.lang, `${prefix}.field.${name}` as MessageKey)}</label>
      </div>
    </div>
  );
}
