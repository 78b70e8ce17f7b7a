import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import type { KeberatanNewSearch } from '../routes/search.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import type { Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { localInputNow, todayIn, zonedToIso, zoneLabel } from '../zone.ts';
import { Choice } from './ppid-choice.tsx';
import { grounds, type Keberatan, kbrProcessRoles, kbrStaffChannels } from './ppid-keberatan-terms.ts';
import { queryOf, usePpidUnits } from './ppid-units.tsx';

const fields = [
  'permohonanNumber',
  'channel',
  'receivedAt',
  'grounds',
  'reason',
  'representativeName',
  'representativeAddress',
  'representativePhone',
  'powerOfAttorneyNote',
  'groundArisenOn',
  'lateNote',
];

/** Staff entry of an objection received by letter, e-mail or in person, about a request of the unit. */
export function KeberatanNewPage({ search }: { search: KeberatanNewSearch }) {
  const { me } = useSession();
  const { loaded, chosen } = usePpidUnits(search.unit ?? null);
  const [saved, setSaved] = useState<Keberatan | null>(null);
  return (
    <Page title={t('kbr.newTitle')}>
      <p>
        <Link to={`/keberatan${queryOf({ unit: chosen?.id })}`}>← {t('kbr.backToList')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {saved ? (
        <SavedCard saved={saved} onAnother={() => setSaved(null)} />
      ) : (
        chosen &&
        (hasUnitRole(me, chosen.id, ...kbrProcessRoles) ? (
          <EntryForm key={chosen.id} unit={chosen} permohonan={search.permohonan ?? ''} onSaved={setSaved} />
        ) : (
          <p className="alert alert-warn">{t('kbr.processByPpid')}</p>
        ))
      )}
    </Page>
  );
}

function EntryForm({ unit, permohonan, onSaved }: { unit: Unit; permohonan: string; onSaved: (saved: Keberatan) => void }) {
  const { me } = useSession();
  const zone = me.tenant.timeZone;
  const form = useForm(fields);
  return (
    <form
      className="card"
      noValidate
      aria-label={t('kbr.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        const el = e.currentTarget;
        const v = formValues(el);
        const chosenGrounds = new FormData(el).getAll('grounds').map(String);
        if (chosenGrounds.length === 0) return form.fail(t('kbr.required.grounds'), 'grounds');
        const receivedAt = v.receivedAt ? zonedToIso(v.receivedAt, zone) : null;
        void form.run(async () => {
          onSaved(
            await api<Keberatan>('/keberatan', {
              body: { ...v, unitId: unit.id, grounds: chosenGrounds, receivedAt: receivedAt ?? v.receivedAt ?? '', groundArisenOn: v.groundArisenOn ?? null },
            }),
          );
        });
      }}
    >
      <p>{t('kbr.newIntro')}</p>
      <p className="muted">{unit.name}</p>
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('kbr.permohonanNumber')} hint={t('kbr.permohonanNumberHint')} error={form.errorFor('permohonanNumber')}>
          {(a) => <input {...a} name="permohonanNumber" defaultValue={permohonan} maxLength={60} autoComplete="off" autoCapitalize="characters" />}
        </Field>
        <Field label={t('pmh.channel')} error={form.errorFor('channel')}>
          {(a) => <Choice a11y={a} name="channel" values={kbrStaffChannels} prefix="pmh.channel" />}
        </Field>
        <Field label={t('pmh.receivedAt', { zone: zoneLabel(zone) })} hint={t('pmh.receivedAtHint')} error={form.errorFor('receivedAt')}>
          {(a) => <input {...a} name="receivedAt" type="datetime-local" defaultValue={localInputNow(zone)} max={localInputNow(zone)} />}
        </Field>
      </div>
      <GroundsFieldset error={form.errorFor('grounds')} />
      <Field label={t('kbr.reason')} error={form.errorFor('reason')}>
        {(a) => <textarea {...a} name="reason" rows={5} maxLength={4000} />}
      </Field>
      <h2>{t('kbr.representative')}</h2>
      <p className="hint">{t('kbr.representativeHint')}</p>
      <div className="grid">
        <Field label={t('kbr.representativeName')} optional={t('app.optional')} error={form.errorFor('representativeName')}>
          {(a) => <input {...a} name="representativeName" maxLength={200} autoComplete="off" />}
        </Field>
        <Field label={t('kbr.representativePhone')} optional={t('app.optional')} error={form.errorFor('representativePhone')}>
          {(a) => <input {...a} name="representativePhone" type="tel" maxLength={30} autoComplete="off" />}
        </Field>
      </div>
      <Field label={t('kbr.representativeAddress')} optional={t('app.optional')} error={form.errorFor('representativeAddress')}>
        {(a) => <textarea {...a} name="representativeAddress" rows={2} maxLength={500} />}
      </Field>
      <Field label={t('kbr.powerOfAttorneyNote')} hint={t('kbr.powerOfAttorneyHint')} optional={t('app.optional')} error={form.errorFor('powerOfAttorneyNote')}>
        {(a) => <input {...a} name="powerOfAttorneyNote" maxLength={1000} />}
      </Field>
      <h2>{t('kbr.filing')}</h2>
      <div className="grid">
        <Field label={t('kbr.groundArisenOn')} hint={t('kbr.groundArisenOnHint')} optional={t('app.optional')} error={form.errorFor('groundArisenOn')}>
          {(a) => <input {...a} name="groundArisenOn" type="date" max={todayIn(zone)} />}
        </Field>
      </div>
      <Field label={t('kbr.lateNote')} hint={t('kbr.lateNoteHint')} optional={t('app.optional')} error={form.errorFor('lateNote')}>
        {(a) => <textarea {...a} name="lateNote" rows={2} maxLength={2000} />}
      </Field>
      <button type="submit" aria-disabled={form.busy}>
        {t('kbr.submitNew')}
      </button>
    </form>
  );
}

/** The grounds of Pasal 35(1) as checkboxes named `grounds`, with the error tied to the group. */
function GroundsFieldset({ error }: { error?: string }) {
  const legend = useRef<HTMLLegendElement>(null);
  // The group the server complained about takes focus, like a single input would.
  useEffect(() => {
    if (error) (legend.current?.parentElement?.querySelector('input') as HTMLInputElement | null)?.focus();
  }, [error]);
  return (
    <fieldset className="choices" aria-describedby={error ? 'kbr-grounds-error' : undefined}>
      <legend ref={legend}>{t('kbr.groundsLegend')}</legend>
      {error && (
        <p id="kbr-grounds-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      {grounds.map((g) => (
        <label key={g} className="choice">
          <input type="checkbox" name="grounds" value={g} aria-invalid={error ? true : undefined} />
          {t(`kbr.ground.${g}` as MessageKey)}
        </label>
      ))}
    </fieldset>
  );
}

function SavedCard({ saved: k, onAnother }: { saved: Keberatan; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="kbr-saved">
      <h2 id="kbr-saved" ref={heading} tabIndex={-1}>
        {t('kbr.savedTitle', { number: k.number })}
      </h2>
      <dl className="facts">
        <dt>{t('kbr.number')}</dt>
        <dd>
          <strong>{k.number}</strong>
        </dd>
        <dt>{t('kbr.permohonan')}</dt>
        <dd>{k.permohonanNumber}</dd>
        <dt>{t('kbr.due')}</dt>
        <dd>{k.dueDate ? formatDate(k.dueDate) : t('pmh.duePending')}</dd>
      </dl>
      <div className="actions">
        <Link className="button-link" to={`/keberatan/${k.id}`}>
          {t('kbr.openSaved')}
        </Link>
        <button type="button" className="btn-secondary" onClick={onAnother}>
          {t('kbr.another')}
        </button>
      </div>
    </section>
  );
}
