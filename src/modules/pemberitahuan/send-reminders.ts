import { inTransaction } from '../../db/transaction.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { queueMail } from '../mail/queue-mail.ts';
import type { Unit } from '../org/find-units.ts';
import type { ReminderDay } from './reminder-day.ts';
import { reminderMail } from './reminder-mail.ts';
import { reminderRecipients } from './reminder-recipients.ts';
import { pemberitahuanPengingat } from './schema.ts';
import { isEmptyDigest, selectReminders } from './select-reminders.ts';

export type UnitReminderOutcome =
  | { unitId: string; outcome: 'nothing_due' }
  | { unitId: string; outcome: 'already_sent' }
  | { unitId: string; outcome: 'sent'; mails: number };

/**
 * Sends one unit's deadline digest for `day` to each of its PPID officers. The day's row in
 * `pemberitahuan_pengingat` is claimed first in the same transaction as the outbox rows and the
 * audit row, so a retried, repeated or concurrent run of the same day sends nothing twice; with
 * nothing overdue or due soon no row is written and no mail goes out.
 */
export async function sendUnitReminder(
  services: Services,
  tenant: { id: string; timeZone: string },
  unit: Unit,
  day: ReminderDay,
): Promise<UnitReminderOutcome> {
  const digest = await selectReminders(services.db, unit.id, tenant.timeZone, day);
  if (isEmptyDigest(digest)) return { unitId: unit.id, outcome: 'nothing_due' };
  const recipients = await reminderRecipients(services.db, tenant.id, unit.id);
  return inTransaction(services.db, async (tx, afterCommit) => {
    const claimed = await tx
      .insert(pemberitahuanPengingat)
      .values({ unitId: unit.id, tanggal: day.today, mails: recipients.length })
      .onConflictDoNothing()
      .returning({ unitId: pemberitahuanPengingat.unitId });
    if (claimed.length === 0) return { unitId: unit.id, outcome: 'already_sent' as const };
    const outboxIds: string[] = [];
    for (const recipient of recipients) {
      const mail = reminderMail(recipient.lang, { unitName: unit.name, day, publicUrl: services.config.publicUrl, recipient }, digest);
      outboxIds.push(await queueMail(tx, services, afterCommit, { tenantId: tenant.id, to: recipient.email, ...mail, purpose: 'ppid.pengingat_tenggat' }));
    }
    // An unanswered case with no one to tell is worth a line in the log: the unit needs a PPID with an e-mail.
    if (recipients.length === 0) services.log.warn('deadline reminder has no PPID recipient', { unitId: unit.id, date: day.today });
    const numbers = (list: { number: string }[]) => list.map((i) => i.number);
    await recordAudit(tx, systemActor, {
      action: 'pemberitahuan.pengingat_dikirim',
      entity: 'unit',
      entityId: unit.id,
      tenantId: tenant.id,
      after: {
        tanggal: day.today,
        outboxIds,
        permohonan: { lewat: numbers(digest.requests.overdue), segera: numbers(digest.requests.dueSoon) },
        keberatan: { lewat: numbers(digest.objections.overdue), segera: numbers(digest.objections.dueSoon) },
      },
    });
    return { unitId: unit.id, outcome: 'sent' as const, mails: outboxIds.length };
  });
}
