import { eq } from 'drizzle-orm';
import type { AfterCommit } from '../../../db/transaction.ts';
import type { Tx } from '../../../db/types.ts';
import { type Lang, t } from '../../../i18n/catalogue.ts';
import type { Services } from '../../../services.ts';
import { recordAudit, systemActor } from '../../audit/record-audit.ts';
import { localDateOf } from '../../hari-kerja/local-date.ts';
import { queueMail } from '../../mail/queue-mail.ts';
import { tenants, units } from '../../org/schema.ts';
import { adminLink, reminderDate } from '../../pemberitahuan/reminder-mail.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { akunKeepers } from './keepers.ts';
import type { AkunRow } from './load-akun.ts';

/** Why the account's keepers are mailed: it must be connected again now, or its connection ends on a date. */
export type AkunMailKind = 'perlu_sambung_ulang' | 'segera_kedaluwarsa';

type Words = { platform: string; nama: string; unit: string; date: string; url: string };

/** The mail in one language: what happened, what to do, and the accounts screen's address. Never a token or an error code. */
export function akunWarningMail(kind: AkunMailKind, lang: Lang, name: string, words: Words) {
  const key = kind === 'perlu_sambung_ulang' ? 'reconnect' : 'expiring';
  const lines = [
    t(lang, 'sosial.akun.mail.greeting', { name }),
    '',
    t(lang, `sosial.akun.mail.${key}.intro`, words),
    '',
    t(lang, 'sosial.akun.mail.todo'),
    t(lang, 'sosial.akun.mail.step1', words),
    t(lang, 'sosial.akun.mail.step2', words),
    t(lang, 'sosial.akun.mail.step3', words),
    '',
    t(lang, `sosial.akun.mail.${key}.after`, words),
    '',
    t(lang, 'sosial.akun.mail.footer'),
  ];
  return { subject: t(lang, `sosial.akun.mail.${key}.subject`, words), text: `${lines.join('\n')}\n` };
}

/**
 * Queues the warning to each of the account's keepers in the caller's transaction (sent once it
 * commits), and audits it. The caller has made the incident its own in that transaction (the
 * status change, or the claimed end date), so the mail goes out once per incident.
 */
export async function mailAkunKeepers(tx: Tx, services: Services, afterCommit: AfterCommit, akun: AkunRow, kind: AkunMailKind, until?: Date): Promise<number> {
  const keepers = await akunKeepers(tx, akun);
  const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, akun.unitId));
  const [tenant] = await tx.select({ timeZone: tenants.timeZone }).from(tenants).where(eq(tenants.id, akun.tenantId));
  const url = adminLink(services.config.publicUrl, 'akun-sosial');
  for (const keeper of keepers) {
    const words: Words = {
      platform: platformNames[akun.platform as Platform] ?? akun.platform,
      nama: akun.nama,
      unit: unit?.name ?? '',
      date: until ? reminderDate(localDateOf(until, tenant?.timeZone ?? 'Asia/Jakarta'), keeper.lang) : '',
      url,
    };
    const mail = akunWarningMail(kind, keeper.lang, keeper.name, words);
    const draft = { tenantId: akun.tenantId, to: keeper.email, ...mail };
    if (kind === 'perlu_sambung_ulang') await queueMail(tx, services, afterCommit, { ...draft, purpose: 'sosial.akun_perlu_sambung_ulang' });
    else await queueMail(tx, services, afterCommit, { ...draft, purpose: 'sosial.akun_segera_kedaluwarsa' });
  }
  await recordAudit(tx, systemActor, {
    action: 'sosial_akun.peringatan_dikirim',
    entity: 'sosial_akun',
    entityId: akun.id,
    tenantId: akun.tenantId,
    after: { peringatan: kind, berakhir: until?.toISOString() ?? null, penerima: keepers.length },
  });
  return keepers.length;
}
