import { type ReactNode, useState } from 'react';
import { formatDateTime, t } from '../i18n.ts';
import type { Items, Mail } from '../types.ts';
import { Field } from '../ui/form.tsx';
import { LoadState, useLoad } from '../ui/load.tsx';
import { Page } from '../ui/page.tsx';

type Option = { code: string; label: string };
type Catalogue = { statuses: Option[]; purposes: Option[] };

/** A filter choice by label; the value sent is the code the outbox stores. */
function CatalogueSelect({ a11y, value, options, onChange }: { a11y: object; value: string; options: Option[] | undefined; onChange: (code: string) => void }) {
  return (
    <select {...a11y} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{t('outbox.all')}</option>
      {(options ?? []).map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Mails Warta sent or holds; links in them are clickable so the demo admin can open invitations. */
export function OutboxPage() {
  const [status, setStatus] = useState('');
  const [purpose, setPurpose] = useState('');
  const catalogue = useLoad<Catalogue>('/outbox/catalogue');
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (purpose) query.set('purpose', purpose);
  const search = query.toString();
  const mails = useLoad<Items<Mail>>(`/outbox${search ? `?${search}` : ''}`);
  return (
    <Page title={t('outbox.title')}>
      <p>{t('outbox.intro')}</p>
      <div className="filters">
        <Field label={t('outbox.status')}>{(a) => <CatalogueSelect a11y={a} value={status} options={catalogue.data?.statuses} onChange={setStatus} />}</Field>
        <Field label={t('outbox.purpose')}>
          {(a) => <CatalogueSelect a11y={a} value={purpose} options={catalogue.data?.purposes} onChange={setPurpose} />}
        </Field>
      </div>
      <LoadState loaded={mails} />
      {mails.data && mails.data.items.length === 0 && <p>{t('app.empty')}</p>}
      <ul className="mails">
        {mails.data?.items.map((mail) => (
          <li key={mail.id}>
            <article className="card" aria-labelledby={`mail-${mail.id}`}>
              <h2 id={`mail-${mail.id}`} className="mail-subject">
                {mail.subject}
              </h2>
              <p className="muted">
                {t('outbox.to')}: {mail.toAddress} · {formatDateTime(mail.createdAt)} · {t('outbox.purpose')}: {mail.purposeLabel} ·{' '}
                <span className={`badge status-${mail.status}`}>{mail.statusLabel}</span>
                {mail.attempts > 0 && ` · ${t('outbox.attempts')}: ${mail.attempts}`}
              </p>
              {mail.lastError && (
                <p className="alert alert-error">
                  {t('outbox.error')}: {mail.lastError}
                </p>
              )}
              <div className="mail-text">{linkify(mail.text)}</div>
            </article>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Plain text with its http(s) addresses turned into links; everything else stays text. */
function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const found of text.matchAll(/https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g)) {
    const at = found.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <a key={at} href={found[0]}>
        {found[0]}
      </a>,
    );
    last = at + found[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
