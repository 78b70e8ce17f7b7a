import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';

/** What the visitor typed: one string per field, the ticked grounds as a list. */
export type FormValues = Record<string, string | string[]>;
/** One message per field, already in the visitor's language. */
export type FormErrors = Record<string, string>;

type FieldProps = { ctx: SiteContext; values: FormValues; errors: FormErrors; name: string; required?: boolean; hint?: MessageKey };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

function Label({ ctx, name, required }: Pick<FieldProps, 'ctx' | 'name' | 'required'>) {
  return (
    <>
      {t(ctx.lang, `keberatan.field.${name}` as MessageKey)}
      {required ? ` ${t(ctx.lang, 'keberatan.form.mandatory')}` : ''}
    </>
  );
}

// The error first, then the hint: a screen reader announces what is wrong before the advice.
function describedBy(name: string, error: boolean, hint: boolean): string | undefined {
  const ids = [error ? `f-${name}-error` : '', hint ? `f-${name}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Problem({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p class="field-error" id={`f-${name}-error`}>
      {error}
    </p>
  ) : null;
}

function Hint({ ctx, name, hint }: { ctx: SiteContext; name: string; hint?: MessageKey }) {
  return hint ? (
    <p class="meta" id={`f-${name}-hint`}>
      {t(ctx.lang, hint)}
    </p>
  ) : null;
}

/** A labelled text field or text area, with its error and hint, keeping what was typed. */
export function TextField(props: FieldProps & { multiline?: boolean; type?: string; autocomplete?: string }) {
  const { ctx, values, errors, name, required, hint, multiline } = props;
  const error = errors[name];
  const common = {
    id: `f-${name}`,
    name,
    required,
    autocomplete: props.autocomplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(name, Boolean(error), Boolean(hint)),
  };
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={`f-${name}`}>
        <Label ctx={ctx} name={name} required={required} />
      </label>
      <Problem name={name} error={error} />
      <Hint ctx={ctx} name={name} hint={hint} />
      {multiline ? (
        <textarea {...common} rows={5}>
          {one(values[name])}
        </textarea>
      ) : (
        <input {...common} type={props.type ?? 'text'} value={one(values[name])} />
      )}
    </div>
  );
}

/** A group of checkboxes sharing one name; `labelKey` gives each option's label. */
export function Checkboxes(props: FieldProps & { options: readonly string[]; labelKey: (option: string) => MessageKey }) {
  const { ctx, values, errors, name, required, options } = props;
  const error = errors[name];
  const ticked = ([] as string[]).concat(values[name] ?? []);
  return (
    <fieldset id={`f-${name}`} class={error ? 'field field-invalid' : 'field'} aria-describedby={describedBy(name, Boolean(error), false)}>
      <legend>
        <Label ctx={ctx} name={name} required={required} />
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
  const { ctx, values, errors, name, value } = props;
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
        <label for={`f-${name}-input`}>{t(ctx.lang, `keberatan.field.${name}` as MessageKey)}</label>
      </div>
    </div>
  );
}
