import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { formatDate, t } from '../i18n.ts';
import { useSession } from '../session.tsx';
import type { Unit } from '../types.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { Link } from '../ui/link.tsx';
import { LoadState } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { localInputNow, zonedToIso, zoneLabel } from '../zone.ts';
import { Choice } from './ppid-choice.tsx';
import { copyDeliveries, obtainMethods, type Permohonan, requesterTypes, staffChannels } from './ppid-terms.ts';
import { queryOf, usePpidUnits } from './ppid-units.tsx';

const fields = [
  'channel',
  'receivedAt',
  'requesterType',
  'requesterName',
  'requesterAddress',
  'requesterOccupation',
  'requesterPhone',
  'requesterEmail',
  'informationDetails',
  'purpose',
  'obtainMethod',
  'copyDelivery',
];
type Saved = { permohonan: Permohonan; trackingToken: string; unit: Unit };

/** Staff entry of a request received by e-mail, letter, phone, in person or social media; shows the tracking code once. */
export function PermohonanNewPage({ unit }: { unit: string | undefined }) {
  const { loaded, chosen } = usePpidUnits(unit ?? null);
  const [saved, setSaved] = useState<Saved | null>(null);
  return (
    <Page title={t('pmh.newTitle')}>
      <p>
        <Link to={`/permohonan${queryOf({ unit: chosen?.id })}`}>← {t('pmh.backToList')}</Link>
      </p>
      <LoadState loaded={loaded} />
      {saved ? <SavedCard saved={saved} onAnother={() => setSaved(null)} /> : chosen && <EntryForm unit={chosen} onSaved={setSaved} />}
    </Page>
  );
}

function EntryForm({ unit, onSaved }: { unit: Unit; onSaved: (saved: Saved) => void }) {
  const { me } = useSession();
  const zone = me.tenant.timeZone;
  const form = useForm(fields);
  const [obtain, setObtain] = useState('');
  return (
    <form
      className="card"
      noValidate
      aria-label={t('pmh.newTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const receivedAt = v.receivedAt ? zonedToIso(v.receivedAt, zone) : null;
        void form.run(async () => {
          const answer = await api<{ permohonan: Permohonan; trackingToken: string }>(`/units/${unit.id}/permohonan`, {
            body: { ...v, receivedAt: receivedAt ?? v.receivedAt ?? '' },
          });
          onSaved({ ...answer, unit });
        });
      }}
    >
      <p>{t('pmh.newIntro')}</p>
      <p className="muted">{unit.name}</p>
      <FormStatus form={form} />
      <div className="grid">
        <Field label={t('pmh.channel')} error={form.errorFor('channel')}>
          {(a) => <Choice a11y={a} name="channel" values={staffChannels} prefix="pmh.channel" />}
        </Field>
        <Field label={t('pmh.receivedAt', { zone: zoneLabel(zone) })} hint={t('pmh.receivedAtHint')} error={form.errorFor('receivedAt')}>
          {(a) => <input {...a} name="receivedAt" type="datetime-local" defaultValue={localInputNow(zone)} max={localInputNow(zone)} />}
        </Field>
      </div>
      <h2>{t('pmh.requester')}</h2>
      <div className="grid">
        <Field label={t('pmh.requesterType')} error={form.errorFor('requesterType')}>
          {(a) => <Choice a11y={a} name="requesterType" values={requesterTypes} prefix="pmh.requesterType" />}
        </Field>
        <Field label={t('pmh.requesterName')} error={form.errorFor('requesterName')}>
          {(a) => <input {...a} name="requesterName" maxLength={200} autoComplete="off" />}
        </Field>
        <Field label={t('pmh.requesterOccupation')} optional={t('app.optional')} error={form.errorFor('requesterOccupation')}>
          {(a) => <input {...a} name="requesterOccupation" maxLength={100} autoComplete="off" />}
        </Field>
        <Field label={t('pmh.requesterPhone')} hint={t('pmh.contactHint')} error={form.errorFor('requesterPhone')}>
          {(a) => <input {...a} name="requesterPhone" type="tel" maxLength={30} autoComplete="off" />}
        </Field>
        <Field label={t('pmh.requesterEmail')} hint={t('pmh.contactHint')} error={form.errorFor('requesterEmail')}>
          {(a) => <input {...a} name="requesterEmail" type="email" maxLength={254} autoComplete="off" autoCapitalize="none" />}
        </Field>
      </div>
      <Field label={t('pmh.requesterAddress')} error={form.errorFor('requesterAddress')}>
        {(a) => <textarea {...a} name="requesterAddress" rows={2} maxLength={500} />}
      </Field>
      <h2>{t('pmh.request')}</h2>
      <Field label={t('pmh.informationDetails')} error={form.errorFor('informationDetails')}>
        {(a) => <textarea {...a} name="informationDetails" rows={4} maxLength={4000} />}
      </Field>
      <Field label={t('pmh.purpose')} error={form.errorFor('purpose')}>
        {(a) => <textarea {...a} name="purpose" rows={3} maxLength={2000} />}
      </Field>
      <div className="grid">
        <Field label={t('pmh.obtainMethod')} error={form.errorFor('obtainMethod')}>
          {(a) => <Choice a11y={a} name="obtainMethod" values={obtainMethods} prefix="pmh.obtain" value={obtain} onChange={setObtain} />}
        </Field>
        {obtain && obtain !== 'melihat_membaca_mendengarkan_mencatat' && (
          <Field label={t('pmh.copyDelivery')} hint={t('pmh.copyDeliveryHint')} error={form.errorFor('copyDelivery')}>
            {(a) => <Choice a11y={a} name="copyDelivery" values={copyDeliveries} prefix="pmh.copy" />}
          </Field>
        )}
      </div>
      <button type="submit" aria-disabled={form.busy}>
        {t('pmh.submitNew')}
      </button>
    </form>
  );
}

function SavedCard({ saved, onAnother }: { saved: Saved; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The code is shown once: move the reader to it so it is not missed.
  useEffect(() => heading.current?.focus(), []);
  const { permohonan: p, trackingToken, unit } = saved;
  const trackUrl = `${window.location.origin}/${unit.slug}/ppid/permohonan/lacak?${new URLSearchParams({ nomor: p.number, token: trackingToken })}`;
  return (
    <section className="card" aria-labelledby="pmh-saved">
      <h2 id="pmh-saved" ref={heading} tabIndex={-1}>
        {t('pmh.savedTitle', { number: p.number })}
      </h2>
      <p className="alert alert-warn">{t('pmh.tokenOnce')}</p>
      <dl className="facts">
        <dt>{t('pmh.number')}</dt>
        <dd>
          <strong>{p.number}</strong>
        </dd>
        <dt>{t('pmh.token')}</dt>
        <dd>
          <code className="secret">{trackingToken}</code>
        </dd>
        <dt>{t('pmh.trackLink')}</dt>
        <dd className="wrap">
          <a href={trackUrl}>{trackUrl}</a>
        </dd>
        <dt>{t('pmh.due')}</dt>
        <dd>{p.dueDate ? formatDate(p.dueDate) : t('pmh.duePending')}</dd>
      </dl>
      <div className="actions">
        <Link className="button-link" to={`/permohonan/${p.id}`}>
          {t('pmh.openSaved')}
        </Link>
        <button type="button" className="btn-secondary" onClick={onAnother}>
          {t('pmh.another')}
        </button>
      </div>
    </section>
  );
}
