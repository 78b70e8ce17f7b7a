import { t } from '../i18n.ts';
import type { Person } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';

export type PersonInput = { name: string; nip: string | null; position: string | null; email: string | null; phone: string | null };

type Props = { person?: Person; submitLabel: string; onSubmit: (input: PersonInput, form: HTMLFormElement) => Promise<unknown> };

/** A person's name, NIP, position and contacts; the server checks the NIP. */
export function PersonForm({ person, submitLabel, onSubmit }: Props) {
  const form = useForm(['name', 'nip', 'position', 'email', 'phone']);
  const opt = t('app.optional');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const v = formValues(el);
        const input = {
          name: v.name ?? '',
          nip: v.nip?.replace(/\s/g, '') ?? null,
          position: v.position ?? null,
          email: v.email ?? null,
          phone: v.phone ?? null,
        };
        void form.run(() => onSubmit(input, el), t('app.saved'));
      }}
    >
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('person.name')} error={form.errorFor('name')}>
          {(a) => <input {...a} name="name" defaultValue={person?.name} autoComplete="off" />}
        </Field>
        <Field label={t('person.nip')} hint={t('person.nipHint')} optional={opt} error={form.errorFor('nip')}>
          {(a) => <input {...a} name="nip" inputMode="numeric" maxLength={21} defaultValue={person?.nip ?? ''} autoComplete="off" />}
        </Field>
        <Field label={t('person.position')} optional={opt} error={form.errorFor('position')}>
          {(a) => <input {...a} name="position" defaultValue={person?.position ?? ''} />}
        </Field>
        <Field label={t('person.email')} optional={opt} error={form.errorFor('email')}>
          {(a) => <input {...a} name="email" type="email" defaultValue={person?.email ?? ''} autoComplete="off" />}
        </Field>
        <Field label={t('person.phone')} optional={opt} error={form.errorFor('phone')}>
          {(a) => <input {...a} name="phone" type="tel" defaultValue={person?.phone ?? ''} autoComplete="off" />}
        </Field>
      </div>
      <button type="submit" aria-disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
