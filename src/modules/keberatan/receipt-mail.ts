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
import { formatDate, formatDateTime } from '../permohonan/format.ts';
import { requesterEmailOf } from '../permohonan/requester-email.ts';
import { trackingLink } from '../permohonan/tracking-link.ts';
import type { Keberatan } from './load-keberatan.ts';

type Filing = { tenant: Tenant; unit: Unit; keberatan: Keberatan; lang: Lang };

/**
 * Queues, in the objection's transaction, the receipt to the requester (at the request's e-mail
 * address, when one was given; in the form's language) and an alert to the unit's Atasan PPID,
 * who must answer, and its PPID officers (in their account's language). The alert carries the
 * numbers, dates and the admin link; no name, address or reason.
 */
export async function queueObjectionMails(tx: Tx, services: Services, afterCommit: AfterCommit, f: Filing): Promise<string[]> {
  const ids: string[] = [];
  const email = await requesterEmailOf(tx, f.keberatan.permohonanId);
  if (email) {
    const params = { ...facts(f, f.lang), url: trackingLink(services.config.publicUrl, f.unit, f.keberatan.permohonanNumber, f.lang) };
    ids.push(
      await queueMail(tx, services, afterCommit, {
        tenantId: f.tenant.id,
        to: email,
        subject: t(f.lang, 'keberatan.mail.receipt_subject', params),
        text: `${t(f.lang, 'keberatan.mail.receipt_text', params)}\n`,
        purpose: 'keberatan.tanda_terima',
      }),
    );
  }
  for (const officer of await officerRecipients(tx, f.tenant.id, f.unit.id, ['atasan_ppid', ...ppidRoles])) {
    const params = { ...facts(f, officer.lang), url: adminLink(services.config.publicUrl, `keberatan/${f.keberatan.id}`) };
    ids.push(
      await queueMail(tx, services, afterCommit, {
        tenantId: f.tenant.id,
        to: officer.email,
        subject: t(officer.lang, 'keberatan.mail.alert_subject', params),
        text: `${t(officer.lang, 'keberatan.mail.alert_text', params)}\n`,
        purpose: 'keberatan.masuk',
      }),
    );
  }
  return ids;
}

const facts = (f: Filing, lang: Lang) => ({
  number: f.keberatan.number,
  request: f.keberatan.permohonanNumber,
  unit: f.unit.name,
  received: formatDateTime(f.keberatan.receivedAt, f.tenant.timeZone, lang),
  due: f.keberatan.dueDate ? formatDate(f.keberatan.dueDate, lang) : t(lang, 'keberatan.receipt.due_pending'),
});
