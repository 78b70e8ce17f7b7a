import type { AfterCommit } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { queueMail } from '../mail/queue-mail.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { ppidRoles } from '../pemberitahuan/ppid-officers.ts';
import { adminLink } from '../pemberitahuan/reminder-mail.ts';
import { officerRecipients } from '../pemberitahuan/reminder-recipients.ts';
import { formatDate, formatDateTime } from './format.ts';
import type { Permohonan } from './load-permohonan.ts';
import { trackingLink } from './tracking-link.ts';

/** `alertOfficers: false` for a request a PPID officer entered: the unit's PPID already knows. */
type Registration = { tenant: Tenant; unit: Unit; permohonan: Permohonan; trackingToken: string; lang: Lang; alertOfficers?: boolean };

/**
 * Queues, in the registration's transaction, the requester's receipt (when an e-mail address was
 * given, in the language of the form) and an alert to each of the unit's PPID officers (in the
 * language of their account). The alert names the case and links to the admin screen; it carries
 * no personal data of the requester: the officer reads those behind sign-in.
 */
export async function queueRegistrationMails(tx: Tx, services: Services, afterCommit: AfterCommit, r: Registration): Promise<string[]> {
  const ids: string[] = [];
  const p = r.permohonan;
  if (p.requesterEmail) {
    ids.push(
      await queueMail(tx, services, afterCommit, {
        tenantId: r.tenant.id,
        to: p.requesterEmail,
        ...receiptMail(services, r),
        purpose: 'permohonan.tanda_terima',
        // The code opens the tracking page: the requester's alone, masked for admins reading the outbox.
        secrets: [r.trackingToken],
      }),
    );
  }
  const officers = r.alertOfficers === false ? [] : await officerRecipients(tx, r.tenant.id, r.unit.id, ppidRoles);
  for (const officer of officers) {
    const mail = alertMail(services, r, officer.lang);
    ids.push(await queueMail(tx, services, afterCommit, { tenantId: r.tenant.id, to: officer.email, ...mail, purpose: 'permohonan.masuk' }));
  }
  return ids;
}

const when = (r: Registration, lang: Lang) => ({
  number: r.permohonan.number,
  unit: r.unit.name,
  received: formatDateTime(r.permohonan.receivedAt, r.tenant.timeZone, lang),
  due: r.permohonan.dueDate ? formatDate(r.permohonan.dueDate, lang) : t(lang, 'permohonan.receipt.due_pending'),
});

/** The requester's receipt: number, receipt time and due date in the tenant's zone, the code and the tracking link. */
export function receiptMail(services: Services, r: Registration): { subject: string; text: string } {
  const { lang } = r;
  const params = {
    ...when(r, lang),
    name: r.permohonan.requesterName,
    token: r.trackingToken,
    url: trackingLink(services.config.publicUrl, r.unit, r.permohonan.number, lang),
  };
  return { subject: t(lang, 'permohonan.mail.receipt_subject', params), text: `${t(lang, 'permohonan.mail.receipt_text', params)}\n` };
}

/** The PPID's alert: the number, the dates and where to open the case; no name, address or request text. */
export function alertMail(services: Services, r: Registration, lang: Lang): { subject: string; text: string } {
  const params = { ...when(r, lang), url: adminLink(services.config.publicUrl, `permohonan/${r.permohonan.id}`) };
  return { subject: t(lang, 'permohonan.mail.alert_subject', params), text: `${t(lang, 'permohonan.mail.alert_text', params)}\n` };
}
