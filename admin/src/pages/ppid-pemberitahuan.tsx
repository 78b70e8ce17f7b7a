import { useState } from 'react';
import { api, apiDownload } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import { hasUnitRole, useSession } from '../session.tsx';
import { Field, FormStatus, formValues, useForm } from '../ui/form.tsx';
import { noticeReady } from './ppid-keberatan-terms.ts';
import { type Permohonan, ppidOfficerRoles } from './ppid-terms.ts';
import { queryOf } from './ppid-units.tsx';

const options = ['biaya', 'caraPembayaran', 'waktuPenyediaan'] as const;

/**
 * The written notice of Pasal 22(7) for a decided request: the few details staff add (cost,
 * payment, delivery time), then the Word or PDF file, or the notice by e-mail to the requester.
 * Each download and each sending is audited on the server.
 */
export function NoticeCard({ permohonan: p, onChanged }: { permohonan: Permohonan; onChanged: () => void }) {
  const { me } = useSession();
  const form = useForm([...options, 'bahasa']);
  const [bahasa, setBahasa] = useState(currentLang());
  if (!hasUnitRole(me, p.unitId, ...ppidOfficerRoles) || !noticeReady(p.status)) return null;
  const read = (el: HTMLFormElement | null) => {
    const v = el ? formValues(el) : {};
    return Object.fromEntries(options.map((o) => [o, v[o]]).filter((e): e is [string, string] => Boolean(e[1])));
  };
  const download = (el: HTMLFormElement | null, format: 'docx' | 'pdf') =>
    void form.run(() => apiDownload(`/permohonan/${p.id}/pemberitahuan.${format}${queryOf(read(el))}`, `pemberitahuan.${format}`), t('pmh.noticeDownloaded'));
  return (
    <section className="card" aria-labelledby="pmh-notice">
      <h2 id="pmh-notice">{t('pmh.notice')}</h2>
      <p>{t('pmh.noticeIntro')}</p>
      <FormStatus form={form} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const body = { ...read(e.currentTarget), bahasa };
          void form
            .run(() => api(`/permohonan/${p.id}/pemberitahuan/kirim`, { body }), t('pmh.noticeSent', { email: p.requesterEmail ?? '' }))
            .then((ok) => ok && onChanged());
        }}
      >
        <div className="grid">
          <Field label={t('pmh.noticeBiaya')} hint={t('pmh.noticeBiayaHint')} optional={t('app.optional')} error={form.errorFor('biaya')}>
            {(a) => <input {...a} name="biaya" maxLength={300} />}
          </Field>
          <Field label={t('pmh.noticeCara')} optional={t('app.optional')} error={form.errorFor('caraPembayaran')}>
            {(a) => <input {...a} name="caraPembayaran" maxLength={500} />}
          </Field>
          <Field label={t('pmh.noticeWaktu')} hint={t('pmh.noticeWaktuHint')} optional={t('app.optional')} error={form.errorFor('waktuPenyediaan')}>
            {(a) => <input {...a} name="waktuPenyediaan" maxLength={300} />}
          </Field>
        </div>
        <div className="actions">
          <button type="button" className="btn-secondary" aria-disabled={form.busy} onClick={(e) => download(e.currentTarget.form, 'docx')}>
            {t('pmh.noticeDocx')}
          </button>
          <button type="button" className="btn-secondary" aria-disabled={form.busy} onClick={(e) => download(e.currentTarget.form, 'pdf')}>
            {t('pmh.noticePdf')}
          </button>
        </div>
        <h3>{t('pmh.noticeMail')}</h3>
        {p.requesterEmail ? (
          <>
            <Field label={t('pmh.noticeLang')} error={form.errorFor('bahasa')}>
              {(a) => (
                <select {...a} name="bahasa" value={bahasa} onChange={(e) => setBahasa(e.target.value === 'en' ? 'en' : 'id')}>
                  <option value="id">Bahasa Indonesia</option>
                  <option value="en">English</option>
                </select>
              )}
            </Field>
            <button type="submit" aria-disabled={form.busy}>
              {t('pmh.noticeSend', { email: p.requesterEmail })}
            </button>
          </>
        ) : (
          <p className="hint">{t('pmh.noticeNoEmail')}</p>
        )}
      </form>
    </section>
  );
}
