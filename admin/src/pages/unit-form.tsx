import { unitKinds } from '../../../src/modules/org/roles.ts';
import { t } from '../i18n.ts';
import type { Unit } from '../types.ts';
import { Check, Field, type FormState, FormStatus, formValues, useForm } from '../ui/form.tsx';

export type UnitInput = Partial<Omit<Unit, 'id' | 'active'>>;

const fields = ['name', 'shortName', 'slug', 'kind', 'parentId', 'tier', 'host', 'address', 'phone', 'email', 'isMediaCenter'];

type Props = { unit?: Unit; units: Unit[]; submitLabel: string; onSubmit: (input: UnitInput) => Promise<unknown>; contactOnly?: boolean };

/**
 * The unit's data, for creating and for editing. Empty optional fields are sent as null. A unit's
 * head or developer may change only the contact fields, so they get only those.
 */
export function UnitForm({ unit, units, submitLabel, onSubmit, contactOnly }: Props) {
  const form = useForm(fields);
  const opt = t('app.optional');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const contact = { address: v.address ?? null, phone: v.phone ?? null, email: v.email ?? null };
        const input: UnitInput = contactOnly
          ? contact
          : {
              ...contact,
              name: v.name ?? '',
              shortName: v.shortName ?? null,
              slug: v.slug ?? '',
              kind: v.kind ?? 'dinas',
              parentId: v.parentId ?? null,
              tier: Number(v.tier ?? 1),
              host: v.host ?? null,
              isMediaCenter: v.isMediaCenter === 'on',
            };
        void form.run(() => onSubmit(input), t('app.saved'));
      }}
    >
      <FormStatus form={form} />
      <div className="grid">
        {!contactOnly && <MainFields form={form} unit={unit} parents={units.filter((u) => u.id !== unit?.id)} />}
        <Field label={t('unit.email')} optional={opt} error={form.errorFor('email')}>
          {(a) => <input {...a} name="email" type="email" defaultValue={unit?.email ?? ''} />}
        </Field>
        <Field label={t('unit.phone')} optional={opt} error={form.errorFor('phone')}>
          {(a) => <input {...a} name="phone" type="tel" defaultValue={unit?.phone ?? ''} />}
        </Field>
        <Field label={t('unit.address')} optional={opt} error={form.errorFor('address')}>
          {(a) => <textarea {...a} name="address" rows={2} defaultValue={unit?.address ?? ''} />}
        </Field>
      </div>
      {!contactOnly && (
        <Check label={t('unit.isMediaCenter')} name="isMediaCenter" defaultChecked={unit?.isMediaCenter} error={form.errorFor('isMediaCenter')} />
      )}
      <button type="submit" aria-disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}

/** Name, slug, kind, place in the tree and site host: only admins change these. */
function MainFields({ form, unit, parents }: { form: FormState; unit?: Unit; parents: Unit[] }) {
  const opt = t('app.optional');
  return (
    <>
      <Field label={t('unit.name')} error={form.errorFor('name')}>
        {(a) => <input {...a} name="name" defaultValue={unit?.name} required />}
      </Field>
      <Field label={t('unit.shortName')} optional={opt} error={form.errorFor('shortName')}>
        {(a) => <input {...a} name="shortName" defaultValue={unit?.shortName ?? ''} />}
      </Field>
      <Field label={t('unit.slug')} hint={t('unit.slugHint')} error={form.errorFor('slug')}>
        {(a) => <input {...a} name="slug" defaultValue={unit?.slug} required autoCapitalize="none" />}
      </Field>
      <Field label={t('unit.kind')} error={form.errorFor('kind')}>
        {(a) => (
          <select {...a} name="kind" defaultValue={unit?.kind ?? 'dinas'}>
            {unitKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('unit.parent')} optional={opt} error={form.errorFor('parentId')}>
        {(a) => (
          <select {...a} name="parentId" defaultValue={unit?.parentId ?? ''}>
            <option value="">{t('app.none')}</option>
            {parents.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('unit.tier')} hint={t('unit.tierHint')} error={form.errorFor('tier')}>
        {(a) => (
          <select {...a} name="tier" defaultValue={String(unit?.tier ?? 1)}>
            <option value="1">1</option>
            <option value="2">2</option>
            <option value="3">3</option>
          </select>
        )}
      </Field>
      <Field label={t('unit.host')} hint={t('unit.hostHint')} optional={opt} error={form.errorFor('host')}>
        {(a) => <input {...a} name="host" defaultValue={unit?.host ?? ''} autoCapitalize="none" />}
      </Field>
    </>
  );
}
