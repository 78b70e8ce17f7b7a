import { type MessageKey, t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../resolve-site.ts';

/** What the visitor typed: one string per field, the ticked boxes of a group as a list. */
export type FormValues = Record<string, string | string[]>;
/** One message per field, already in the visitor's language. */
export type FormErrors = Record<string, string>;

/**
 * What every field of a public form gets: the form's catalogue prefix (labels are
 * `<prefix>.field.<name>`, the mandatory mark `<prefix>.form.mandatory`), what was typed, the errors.
 */
export type FieldProps = { ctx: SiteContext; prefix: string; values: FormValues; errors: FormErrors; name: string; required?: boolean; hint?: MessageKey };

/** A field's single value (a group's list is not one). */
export const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

/** A field's label in the visitor's language, with the mandatory mark when it is required. */
export function Label({ ctx, prefix, name, required }: Pick<FieldProps, 'ctx' | 'prefix' | 'name' | 'required'>) {
  return (
    <>
      {t(ctx.lang, `${prefix}.field.${name}` as MessageKey)}
      {required ? ` ${t(ctx.lang, `${prefix}.form.mandatory` as MessageKey)}` : ''}
    </>
  );
}

/** The ids a field's input is described by. The error first, then the hint: a screen reader announces what is wrong before the advice. */
export function describedBy(name: string, error: boolean, hint: boolean, extra?: string): string | undefined {
  const ids = [error ? `f-${name}-error` : '', hint ? `f-${name}-hint` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A field's error, next to it. */
export function Problem({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p class="field-error" id={`f-${name}-error`}>
      {error}
    </p>
  ) : null;
}

/** A field's hint, under its label. */
export function Hint({ ctx, name, hint }: { ctx: SiteContext; name: string; hint?: MessageKey }) {
  return hint ? (
    <p class="meta" id={`f-${name}-hint`}>
      {t(ctx.lang, hint)}
    </p>
  ) : null;
}

/** A labelled text field or text area, with its error and hint, keeping what was typed. */
export function TextField(props: FieldProps & { multiline?: boolean; rows?: number; type?: string; autocomplete?: string; describedBy?: string }) {
  const { ctx, prefix, values, errors, name, required, hint, multiline } = props;
  const error = errors[name];
  const common = {
    id: `f-${name}`,
    name,
    required,
    autocomplete: props.autocomplete,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(name, Boolean(error), Boolean(hint), props.describedBy),
  };
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={`f-${name}`}>
        <Label ctx={ctx} prefix={prefix} name={name} required={required} />
      </label>
      <Problem name={name} error={error} />
      <Hint ctx={ctx} name={name} hint={hint} />
      {multiline ? (
        <textarea {...common} rows={props.rows ?? 5}>
          {one(values[name])}
        </textarea>
      ) : (
        <input {...common} type={props.type ?? 'text'} value={one(values[name])} />
      )}
    </div>
  );
}
