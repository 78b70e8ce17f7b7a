import { unitKinds } from '../../../src/modules/org/roles.ts';
import { t } from '../i18n.ts';
import type { Unit } from '../types.ts';
import { Check, Field, FormStatus, formValues, useForm } from '../ui/form.tsx';

export type UnitInput = Omit<Unit, 'id' | 'active'>;

const fields = ['name', 'shortName', 'slug', 'kind', 'parentId', 'tier', 'host', 'address', 'phone', 'email', 'isMediaCenter'];

type Props = { unit?: Unit; units: Unit[]; submitLabel: string; onSubmit: (input: UnitInput) => Promise<unknown>; doneText?: string };

/** The unit's data, for creating and for editing. Empty optional fields are sent as null. */
export function UnitForm({ unit, units, submitLabel, onSubmit, doneText }: Props) {
  const form = useForm(fields);
  const opt = t('app.optional');
  // A unit cannot sit under itself.
  const parents = units.filter((u) => u.id !== unit?.id);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const input: UnitInput = {
          name: v.name ?? '',
          shortName: v.shortName ?? null,
          slug: v.slug ?? '',
          kind: v.kind ?? 'dinas',
          parentId: v.parentId ?? null,
          tier: v.tier ? Number(v.tier) : null,
          host: v.host ?? null,
          address: v.address ?? null,
          phone: v.phone ?? null,
          email: v.email ?? null,
          isMediaCenter: v.isMediaCenter === 'on',
        };
        void form.run(() => onSubmit(input), doneText ?? t('app.saved'));
      }}
    >
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('unit.name')} error={form.errorFor('name')}>
          {(a) => <input {...a} name="name" defaultValue={unit?.name} required />}
        </Field>
        <Field label={t('unit.shortName')} optional={opt} error={form.errorFor('shortName')}>
          {(a) => <input {...a} name="shortName" defaultValue={unit?.shortName ?? ''} />}
        </Field>
        <Field label={t('unit.slug')} hint={t('unit.slugHint')} error={form.errorFor('slug')}>
          {(a) => <input {...a} name="slug" defaultValue={unit?.slug} required pattern="[a-z0-9-]+" autoCapitalize="none" />}
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
        <Field label={t('unit.tier')} optional={opt} error={form.errorFor('tier')}>
          {(a) => <input {...a} name="tier" type="number" min={1} max={9} inputMode="numeric" defaultValue={unit?.tier ?? ''} />}
        </Field>
        <Field label={t('unit.host')} hint={t('unit.hostHint')} optional={opt} error={form.errorFor('host')}>
          {(a) => <input {...a} name="host" defaultValue={unit?.host ?? ''} autoCapitalize="none" />}
        </Field>
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
      <Check label={t('unit.isMediaCenter')} name="isMediaCenter" defaultChecked={unit?.isMediaCenter} error={form.errorFor('isMediaCenter')} />
      <button type="submit" disabled={form.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
