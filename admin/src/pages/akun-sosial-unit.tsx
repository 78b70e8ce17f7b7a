import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { AkunBadges } from './akun-sosial-badges.tsx';
import { akunExpiry } from './akun-sosial-expiry.ts';
import { type Akun, type AkunUnit, type Aplikasi, platformName, platformOrder } from './akun-sosial-types.ts';

/** Starts OAuth at the server and sends the browser to the platform's permission page. */
async function connect(unitId: string, platform: string, akunId?: string) {
  const { authorizeUrl } = await api<{ authorizeUrl: string }>('/sosial/akun/sambung', {
    method: 'POST',
    body: { unitId, platform, ...(akunId ? { akunId } : {}) },
  });
  window.location.assign(authorizeUrl);
}

function expiryText(a: Akun): string {
  const words = akunExpiry(a);
  return words ? t(words.key, { date: formatDateTime(words.date) }) : '—';
}

function statusLabel(a: Akun): string {
  if (a.mode === 'manual' && a.status === 'terhubung') return t('sosial.status.manual');
  return t(`sosial.status.${a.status}` as MessageKey);
}

/** One unit's accounts: state, expiry, warnings, reconnect and disconnect; connecting and manual accounts for its keepers. */
export function UnitAccounts({ unit, apps, onChange }: { unit: AkunUnit; apps: Aplikasi[]; onChange: () => void }) {
  const actions = useForm([]);
  const [note, setNote] = useState<string | null>(null);
  const ready = new Set(apps.filter((a) => a.clientId).map((a) => a.platform));
  const headingId = `unit-${unit.unitId}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {unit.unitName} {unit.isMediaCenter && <span className="badge">{t('sosial.mediaCenter')}</span>}
      </h3>
      <FormStatus form={actions} />
      {note && (
        <p className="alert alert-ok" role="status">
          {note}
        </p>
      )}
      {unit.akun.length === 0 ? (
        <p className="empty">{unit.mayManage ? t('sosial.emptyUnit') : t('sosial.emptyUnitReadOnly')}</p>
      ) : (
        <div className="table-wrap">
          {/* On a phone each account is a small card (.stack): five columns squeezed to 375 px left the warnings one word per line. */}
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('sosial.col.platform')}</th>
                <th scope="col">{t('sosial.col.account')}</th>
                <th scope="col">{t('sosial.col.status')}</th>
                <th scope="col">{t('sosial.col.expires')}</th>
                {unit.mayManage && <th scope="col">{t('sosial.col.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {unit.akun.map((a) => (
                <tr key={a.id} className={a.peringatan ? 'row-due-soon' : undefined}>
                  <td data-label={t('sosial.col.platform')}>{platformName(a.platform)}</td>
                  <td data-label={t('sosial.col.account')}>
                    {a.profileUrl ? (
                      <a href={a.profileUrl} rel="noopener noreferrer" target="_blank">
                        {a.nama}
                      </a>
                    ) : (
                      a.nama
                    )}
                    <AkunBadges akun={{ simulasi: a.simulasi }} />
                  </td>
                  <td data-label={t('sosial.col.status')}>
                    <span className={a.status === 'terhubung' ? 'badge badge-ok' : a.status === 'terputus' ? 'badge badge-muted' : 'badge badge-danger'}>
                      {statusLabel(a)}
                    </span>
                    {a.peringatan && (
                      <p className="hint">{t(`sosial.warn.${a.peringatan}`, { date: formatDateTime(a.peringatanSampai ?? a.tokenExpiresAt) })}</p>
                    )}
                  </td>
                  <td data-label={t('sosial.col.expires')}>{expiryText(a)}</td>
                  {unit.mayManage && (
                    <td className="actions">
                      {a.mode === 'api' && (
                        <button
                          type="button"
                          className="btn-secondary"
                          aria-disabled={actions.busy}
                          onClick={() => void actions.run(() => connect(unit.unitId, a.platform, a.id))}
                        >
                          {t('sosial.reconnect')} <span className="visually-hidden">{a.nama}</span>
                        </button>
                      )}
                      {a.status !== 'terputus' && (
                        <button
                          type="button"
                          className="btn-danger"
                          aria-disabled={actions.busy}
                          onClick={() => {
                            if (!window.confirm(t('sosial.disconnectConfirm', { name: a.nama }))) return;
                            void actions.run(async () => {
                              await api(`/sosial/akun/${a.id}/putus`, { method: 'POST' });
                              setNote(t('sosial.disconnected', { name: a.nama }));
                              onChange();
                            });
                          }}
                        >
                          {t('sosial.disconnect')} <span className="visually-hidden">{a.nama}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unit.mayManage && <ConnectForm unitId={unit.unitId} ready={ready} />}
      {unit.mayManage && <ManualForm unitId={unit.unitId} onAdded={onChange} />}
    </section>
  );
}

function ConnectForm({ unitId, ready }: { unitId: string; ready: Set<string> }) {
  const form = useForm(['platform']);
  return (
    <form
      className="inline-filter"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = formValues(e.currentTarget);
        void form.run(() => connect(unitId, v.platform ?? ''));
      }}
    >
      <FormStatus form={form} />
      <Field label={t('sosial.connectPlatform')} error={form.errorFor('platform')}>
        {(a) => (
          <select {...a} name="platform" defaultValue={platformOrder.find((p) => ready.has(p)) ?? 'facebook'}>
            {platformOrder.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
                {ready.has(p) ? '' : ` (${t('sosial.noApp')})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" aria-disabled={form.busy}>
        {t('sosial.connect')}
      </button>
    </form>
  );
}

function ManualForm({ unitId, onAdded }: { unitId: string; onAdded: () => void }) {
  const form = useForm(['platform', 'nama', 'profileUrl']);
  return (
    <details>
      <summary>{t('sosial.manualTitle')}</summary>
      <p className="hint">{t('sosial.manualHint')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const el = e.currentTarget;
          const v = formValues(el);
          void form
            .run(
              () => api('/sosial/akun/manual', { method: 'POST', body: { unitId, platform: v.platform, nama: v.nama ?? '', profileUrl: v.profileUrl ?? '' } }),
              t('sosial.manualAdded'),
            )
            .then((ok) => {
              if (!ok) return;
              el.reset();
              onAdded();
            });
        }}
      >
        <FormStatus form={form} />
        <Field label={t('sosial.connectPlatform')} error={form.errorFor('platform')}>
          {(a) => (
            <select {...a} name="platform" defaultValue="tiktok">
              {platformOrder.map((p) => (
                <option key={p} value={p}>
                  {platformName(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('sosial.manualName')} error={form.errorFor('nama')}>
          {(a) => <input {...a} name="nama" />}
        </Field>
        <Field label={t('sosial.manualUrl')} error={form.errorFor('profileUrl')}>
          {(a) => <input {...a} name="profileUrl" type="url" inputMode="url" autoCapitalize="none" />}
        </Field>
        <button type="submit" aria-disabled={form.busy}>
          {t('sosial.manualAdd')}
        </button>
      </form>
    </details>
  );
}
