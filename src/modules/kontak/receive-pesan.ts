import { inTransaction } from '../../db/transaction.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { queueMail } from '../mail/queue-mail.ts';
import type { Unit } from '../org/find-units.ts';
import type { Tenant } from '../org/get-tenant.ts';
import { adminLink } from '../pemberitahuan/reminder-mail.ts';
import { formatDateTime } from '../permohonan/format.ts';
import type { KontakForm } from './fields.ts';
import { pesanMasuk } from './schema.ts';
import { teamRecipients } from './team-recipients.ts';

/** The unit's team alerted to a new message: those who keep its site (site.edit in org/policy.ts). */
const ALERTED = ['penanggung_jawab', 'admin_medsos'] as const;

export type Pesan = typeof pesanMasuk.$inferSelect;

/**
 * Stores a message from a unit's contact form and, in the same transaction, queues the sender's
 * confirmation and the team's alert. Neither mail repeats what was typed: the confirmation goes to
 * an address anyone can type in, so it must not carry a stranger's words to it, and the alert
 * leaves the personal data in Warta (the admin link opens it).
 */
export async function receivePesan(services: Services, tenant: Tenant, unit: Unit, form: KontakForm, lang: Lang): Promise<Pesan> {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const [row] = await tx
      .insert(pesanMasuk)
      .values({ tenantId: tenant.id, unitId: unit.id, channel: 'kontak', ...form, lang })
      .returning();
    const pesan = row as Pesan;
    // The sender has no account: the row is the system's, in the unit's tenant; no personal data in the trail.
    await recordAudit(tx, systemActor, {
      action: 'kontak.received',
      entity: 'kontak',
      entityId: pesan.id,
      tenantId: tenant.id,
      after: { unitId: unit.id, channel: 'kontak', status: 'baru' },
    });
    const received = (l: Lang) => formatDateTime(pesan.receivedAt, tenant.timeZone, l);
    await queueMail(tx, services, afterCommit, {
      tenantId: tenant.id,
      to: pesan.senderEmail,
      subject: t(lang, 'kontak.mail.confirm_subject', { unit: unit.name }),
      text: `${t(lang, 'kontak.mail.confirm_text', { unit: unit.name, received: received(lang) })}\n`,
      purpose: 'kontak.tanda_terima',
    });
    for (const officer of await teamRecipients(tx, tenant.id, unit.id, ALERTED)) {
      const url = adminLink(services.config.publicUrl, `pesan-masuk/${pesan.id}`);
      await queueMail(tx, services, afterCommit, {
        tenantId: tenant.id,
        to: officer.email,
        subject: t(officer.lang, 'kontak.mail.alert_subject', { unit: unit.name }),
        text: `${t(officer.lang, 'kontak.mail.alert_text', { unit: unit.name, received: received(officer.lang), url })}\n`,
        purpose: 'kontak.masuk',
      });
    }
    return pesan;
  });
}
