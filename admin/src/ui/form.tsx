import { type ReactNode, useEffect, useId, useState } from 'react';
import { ApiError } from '../api.ts';

export type FormState = {
  busy: boolean;
  done: string | null;
  /** The message for this input, when the last answer named it. */
  errorFor: (field: string) => string | undefined;
  /** A message no input of this form owns: shown at the top of the form. */
  general: string | undefined;
  run: (action: () => Promise<unknown>, doneText?: string) => Promise<boolean>;
  fail: (message: string, field?: string) => void;
  reset: () => void;
};

/** Submission state of one form: busy flag, server errors mapped to this form's inputs, success text. */
export function useForm(fields: string[]): FormState {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const owns = (field?: string) => field !== undefined && fields.includes(field);
  return {
    busy,
    done,
    errorFor: (field) => (error && error.field === field ? error.message : undefined),
    general: error && !owns(error.field) ? error.message : undefined,
    fail: (message, field) => {
      setDone(null);
      setError({ message, field });
    },
    reset: () => {
      setError(null);
      setDone(null);
    },
    run: async (action, doneText) => {
      // Buttons stay focusable while busy (aria-disabled), so a second press is ignored here.
      if (busy) return false;
      setBusy(true);
      setError(null);
      setDone(null);
      try {
        await action();
        if (doneText) setDone(doneText);
        return true;
      } catch (err) {
        if (err instanceof ApiError) setError({ message: err.message, field: err.field });
        else setError({ message: String(err) });
        return false;
      } finally {
        setBusy(false);
      }
    },
  };
}

type A11y = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };
type FieldProps = { label: string; error?: string; hint?: string; optional?: string; children: (a11y: A11y) => ReactNode };

/** The box every labelled input shares: marked invalid when something is wrong with it, its label first. */
function FieldFrame({ id, label, invalid, children }: { id: string; label: ReactNode; invalid: boolean; children: ReactNode }) {
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** A labelled input with its hint and error tied to it by aria-describedby. */
export function Field({ label, error, hint, optional, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  // The input the server complained about takes focus, so the keyboard user lands on it.
  useEffect(() => {
    if (error) document.getElementById(id)?.focus();
  }, [error, id]);
  return (
    <FieldFrame
      id={id}
      invalid={Boolean(error)}
      label={
        <>
          {label}
          {optional && <span className="optional"> {optional}</span>}
        </>
      }
    >
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </FieldFrame>
  );
}

/** Problems found while the person works (not the server's answer): listed, never announced as alerts. */
export function ProblemList({ problems }: { problems: string[] }) {
  return (
    <>
      {problems.map((m) => (
        <p key={m} className="field-error">
          {m}
        </p>
      ))}
    </>
  );
}

type LiveFieldProps = {
  label: ReactNode;
  problems: string[];
  /** A live counter (and what goes with it) under the input. */
  count?: ReactNode;
  children: (a11y: { id: string; 'aria-describedby': string }) => ReactNode;
};

/**
 * A labelled input checked as the person types (the social variants against the platforms'
 * limits): every problem listed under it and tied to it, and unlike `Field` it never takes the
 * focus, which would jump away from what the person is typing.
 */
export function LiveField({ label, problems, count, children }: LiveFieldProps) {
  const id = useId();
  const describedBy = count === undefined ? `${id}-problems` : `${id}-count ${id}-problems`;
  return (
    <FieldFrame id={id} label={label} invalid={problems.length > 0}>
      {children({ id, 'aria-describedby': describedBy })}
      {count !== undefined && (
        <p id={`${id}-count`} className="hint varian-count">
          {count}
        </p>
      )}
      <div id={`${id}-problems`}>
        <ProblemList problems={problems} />
      </div>
    </FieldFrame>
  );
}

type CheckProps = {
  label: string;
  name?: string;
  defaultChecked?: boolean;
  error?: string;
  /** Controlled instead: the box shows `checked` and reports each change. */
  checked?: boolean;
  disabled?: boolean;
  onChange?: (checked: boolean) => void;
};

/** A checkbox with its label after it, as people expect. */
export function Check({ label, name, defaultChecked, error, checked, disabled, onChange }: CheckProps) {
  const id = useId();
  return (
    <div className="check">
      <input
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={defaultChecked}
        checked={checked}
        disabled={disabled}
        onChange={onChange && ((e) => onChange(e.target.checked))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The form-level error (role=alert) and success note (role=status). */
export function FormStatus({ form }: { form: FormState }) {
  return (
    <>
      {form.general && (
        <p className="alert alert-error" role="alert">
          {form.general}
        </p>
      )}
      <div role="status" className="status-slot">
        {form.done && <p className="alert alert-ok">{form.done}</p>}
      </div>
    </>
  );
}

/** Reads a form's text inputs; empty strings become undefined so optional fields are left out. */
export function formValues(form: HTMLFormElement): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') values[key] = value.trim() === '' ? undefined : value.trim();
  }
  return values;
}
