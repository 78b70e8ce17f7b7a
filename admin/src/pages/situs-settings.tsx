import { useState } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';
import { platformName } from './akun-sosial-types.ts';

// The shapes of src/modules/situs-unit/routes.ts, kept here so this screen stands on its own.
type SiteChoice = { site: string; name: string; canEdit: boolean };
type Accent = { chosen: string; used: string; ratio: number; chosenRatio: number; adjusted: boolean; explanation: string };
type Contact = { address: string | null; phone: string | null; email: string | null };
type Settings = Contact & {
  name: string;
  canEdit: boolean;
  logoMediaId: string | null;
  logoPreview: { src: string; width: number; height: number } | null;
  accentColor: string | null;
  accent: Accent | null;
  openingHours: string | null;
  mapUrl: string | null;
  complaintUrl: string | null;
  elearningUrl: string | null;
  social: Partial<Record<Network, string>>;
  fromRecord: Contact | null;
};
type Photo = { id: string; originalName: string; altText: string };

const networks = ['facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;
type Network = (typeof networks)[number];

/** "Pengaturan situs": one site at a time, chosen from the sites this person may read. */
export function SitusSettingsPage() {
  const sites = useLoad<{ items: SiteChoice[] }>('/situs');
  const [chosen, setChosen] = useState<string | null>(null);
  const site = chosen ?? sites.data?.items[0]?.site ?? null;
  return (
    <Page title={t('situs.title')}>
      <p>{t('situs.intro')}</p>
      <LoadState loaded={sites} />
      {sites.data && sites.data.items.length > 1 && (
        <Field label={t('situs.site')}>
          {(a) => (
            <select {...a} value={site ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {sites.data?.items.map((s) => (
                <option key={s.site} value={s.site}>
                  {s.site === 'pemda' ? t('situs.pemda', { name: s.name }) : s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {site && <SiteSettings key={site} site={site} />}
    </Page>
  );
}

function SiteSettings({ site }: { site: string }) {
  const loaded = useLoad<Settings>(`/situs/${site}`);
  const [saved, setSaved] = useState<Settings | null>(null);
  const data = saved ?? loaded.data;
  if (!data) return <LoadState loaded={loaded} />;
  return <SettingsForm site={site} data={data} onSaved={setSaved} />;
}

const text = (v: string | undefined) => v ?? '';

function SettingsForm({ site, data, onSaved }: { site: string; data: Settings; onSaved: (s: Settings) => void }) {
  const form = useForm([
    'logoMediaId',
    'accentColor',
    'address',
    'openingHours',
    'mapUrl',
    'email',
    'phone',
    'complaintUrl',
    'elearningUrl',
    ...networks.map((n) => `social.${n}`),
  ]);
  const [useAccent, setUseAccent] = useState(data.accentColor !== null);
  const readOnly = !data.canEdit;
  const recordHint = (key: keyof Contact) => {
    const value = data.fromRecord?.[key];
    return value ? t('situs.fromRecord', { value }) : undefined;
  };
  const input = (name: string, label: MessageKey, value: string | null, opts: { hint?: string; type?: string; multiline?: boolean } = {}) => (
    <Field label={t(label)} hint={opts.hint} optional={t('app.optional')} error={form.errorFor(name)}>
      {(a) =>
        opts.multiline ? (
          <textarea {...a} name={name} rows={3} defaultValue={value ?? ''} readOnly={readOnly} />
        ) : (
          <input {...a} name={name} type={opts.type ?? 'text'} defaultValue={value ?? ''} readOnly={readOnly} />
        )
      }
    </Field>
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        const body = {
          logoMediaId: text(v.logoMediaId),
          accentColor: useAccent ? text(v.accentColor) : '',
          address: text(v.address),
          openingHours: text(v.openingHours),
          mapUrl: text(v.mapUrl),
          email: text(v.email),
          phone: text(v.phone),
          complaintUrl: text(v.complaintUrl),
          elearningUrl: text(v.elearningUrl),
          social: Object.fromEntries(networks.map((n) => [n, text(v[`social.${n}`])])),
        };
        void form.run(async () => onSaved(await api<Settings>(`/situs/${site}`, { method: 'PUT', body })), t('app.saved'));
      }}
    >
      <FormStatus form={form} />
      {readOnly && <p className="alert">{t('situs.readOnly')}</p>}
      <fieldset>
        <legend>{t('situs.logo')}</legend>
        {data.logoPreview && (
          <p>
            <img src={data.logoPreview.src} width={data.logoPreview.width} height={data.logoPreview.height} alt={t('situs.logoPreview')} />
          </p>
        )}
        <LogoPicker site={site} current={data.logoMediaId} error={form.errorFor('logoMediaId')} disabled={readOnly} />
      </fieldset>
      <fieldset>
        <legend>{t('situs.accent')}</legend>
        <p className="hint">{t('situs.accentHint')}</p>
        <div className="check">
          <input type="checkbox" id="situs-accent-default" checked={!useAccent} disabled={readOnly} onChange={(e) => setUseAccent(!e.target.checked)} />
          <label htmlFor="situs-accent-default">{t('situs.accentNone')}</label>
        </div>
        {useAccent && (
          <Field label={t('situs.accent')} error={form.errorFor('accentColor')}>
            {(a) => <input {...a} name="accentColor" type="color" defaultValue={data.accentColor ?? '#0b3d6b'} disabled={readOnly} />}
          </Field>
        )}
        {data.accent && (
          <div role="status">
            <p>
              {t('situs.accentUsed', { used: data.accent.used })}{' '}
              <input type="color" value={data.accent.used} disabled aria-label={t('situs.accentSwatch')} readOnly />
            </p>
            <p className={data.accent.adjusted ? 'alert' : 'hint'}>{data.accent.explanation}</p>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('situs.contact')}</legend>
        {input('address', 'situs.address', data.address, { multiline: true, hint: recordHint('address') })}
        {input('openingHours', 'situs.openingHours', data.openingHours, { multiline: true, hint: t('situs.openingHoursHint') })}
        {input('mapUrl', 'situs.mapUrl', data.mapUrl, { type: 'url', hint: t('situs.mapUrlHint') })}
        {input('phone', 'situs.phone', data.phone, { type: 'tel', hint: recordHint('phone') })}
        {input('email', 'situs.email', data.email, { type: 'email', hint: recordHint('email') })}
        {input('complaintUrl', 'situs.complaintUrl', data.complaintUrl, { type: 'url', hint: t('situs.complaintUrlHint') })}
        {input('elearningUrl', 'situs.elearningUrl', data.elearningUrl, { type: 'url' })}
      </fieldset>
      <fieldset>
        <legend>{t('situs.social')}</legend>
        <p className="hint">{t('situs.socialHint')}</p>
        {networks.map((n) => (
          <Field key={n} label={platformName(n)} optional={t('app.optional')} error={form.errorFor(`social.${n}`)}>
            {(a) => <input {...a} name={`social.${n}`} type="url" defaultValue={data.social[n] ?? ''} readOnly={readOnly} />}
          </Field>
        ))}
      </fieldset>
      {!readOnly && (
        <button type="submit" aria-disabled={form.busy}>
          {t('app.save')}
        </button>
      )}
    </form>
  );
}

/** The unit's photos to choose a logo from (the pemda's root site chooses from every unit's). */
function LogoPicker({ site, current, error, disabled }: { site: string; current: string | null; error?: string; disabled: boolean }) {
  const photos = useLoad<{ items: Photo[] }>(site === 'pemda' ? '/media?kind=foto' : `/media?kind=foto&unitId=${site}`);
  if (photos.error) {
    return (
      <>
        <input type="hidden" name="logoMediaId" value={current ?? ''} />
        <p className="hint">{t('situs.logoUnavailable')}</p>
      </>
    );
  }
  return (
    <Field label={t('situs.logo')} hint={t('situs.logoHint')} error={error}>
      {(a) => (
        <select {...a} name="logoMediaId" defaultValue={current ?? ''} disabled={disabled || photos.loading}>
          <option value="">{t('situs.logoNone')}</option>
          {photos.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.altText ? `${p.altText} (${p.originalName})` : p.originalName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
