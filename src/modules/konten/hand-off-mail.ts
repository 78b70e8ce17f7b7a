import { and, inArray, isNull } from 'drizzle-orm';
import type { AfterCommit } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import type { Services } from '../../services.ts';
import { users } from '../auth/schema.ts';
import type { MailPurpose } from '../mail/mail-labels.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { findPeople } from '../org/find-people.ts';
import { listTeam } from '../org/list-team.ts';
import { unitInTenant } from '../org/load-in-tenant.ts';
import type { TeamRole } from '../org/roles.ts';
import { adminLink } from '../pemberitahuan/reminder-mail.ts';
import type { KontenRow } from './load-konten.ts';

type Recipient = { email: string; lang: Lang };

/** Who is told of a hand-off and with which words (KONTEN.md: a mail per hand-off). */
const handOffs = {
  redaktur: { purpose: 'konten.diajukan', subject: 'konten.mail.diajukan.subject', text: 'konten.mail.diajukan.text' },
  kepala: { purpose: 'konten.persetujuan', subject: 'konten.mail.persetujuan.subject', text: 'konten.mail.persetujuan.text' },
  kembali: { purpose: 'konten.dikembalikan', subject: 'konten.mail.dikembalikan.subject', text: 'konten.mail.dikembalikan.text' },
  disetujui: { purpose: 'konten.disetujui', subject: 'konten.mail.disetujui.subject', text: 'konten.mail.disetujui.text' },
  terbit: { purpose: 'konten.terbit', subject: 'konten.mail.terbit.subject', text: 'konten.mail.terbit.text' },
  disebut: { purpose: 'konten.disebut', subject: 'konten.mail.disebut.subject', text: 'konten.mail.disebut.text' },
} as const satisfies Record<string, { subject: MessageKey; text: MessageKey; purpose: MailPurpose }>;
export type HandOff = keyof typeof handOffs;

/** The unit's team members in these roles with an e-mail address, in their account's language. */
export async function roleRecipients(tx: Tx, row: KontenRow, roles: readonly TeamRole[]): Promise<Recipient[]> {
  const members = (await listTeam(tx, row.unitId)).filter((m) => roles.includes(m.role as TeamRole));
  if (members.length === 0) return [];
  // The team list leaves e-mail out; the unit's people carry it.
  const emailOf = new Map((await findPeople(tx, { tenantId: row.tenantId, unitId: row.unitId, limit: 1000 })).map((p) => [p.id, p.email]));
  const personIds = members.map((m) => m.personId);
  // The auth module exports no read of an account's language, so it is read here, nothing else.
  const accounts = await tx
    .select({ personId: users.personId, lang: users.lang })
    .from(users)
    .where(and(inArray(users.personId, personIds), isNull(users.disabledAt)));
  const langOf = new Map(accounts.map((a) => [a.personId, a.lang === 'en' ? ('en' as const) : ('id' as const)]));
  return members.flatMap((m) => {
    const email = emailOf.get(m.personId)?.trim();
    return email ? [{ email, lang: langOf.get(m.personId) ?? 'id' }] : [];
  });
}

/** Accounts of the tenant by id with their address and language; disabled accounts are left out. */
export async function userRecipients(tx: Tx, tenantId: string, userIds: readonly string[]): Promise<Recipient[]> {
  if (userIds.length === 0) return [];
  // The auth module exports no read of accounts by id, so it is read here, nothing else.
  const rows = await tx
    .select({ email: users.email, lang: users.lang, tenantId: users.tenantId })
    .from(users)
    .where(and(inArray(users.id, [...userIds]), isNull(users.disabledAt)));
  return rows.filter((r) => r.tenantId === tenantId).map((r) => ({ email: r.email, lang: r.lang === 'en' ? 'en' : 'id' }));
}

/**
 * Queues one hand-off's mail to each recipient in the caller's transaction: sent once the move
 * commits, never for a move that did not happen. Returns the outbox ids.
 */
export async function queueHandOff(
  tx: Tx,
  services: Services,
  afterCommit: AfterCommit,
  row: KontenRow,
  kind: HandOff,
  recipients: readonly Recipient[],
  params: Record<string, string> = {},
): Promise<string[]> {
  if (recipients.length === 0) return [];
  const unit = await unitInTenant(tx, row.tenantId, row.unitId);
  const { purpose, subject, text } = handOffs[kind];
  const url = adminLink(services.config.publicUrl, `konten/${row.id}`);
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const r of recipients) {
    if (seen.has(r.email.toLowerCase())) continue;
    seen.add(r.email.toLowerCase());
    const all = { judul: row.judul, unit: unit.name, url, ...params };
    const mail = {
      tenantId: row.tenantId,
      to: r.email,
      subject: t(r.lang, subject, all),
      text: `${t(r.lang, text, all)}\n\n${t(r.lang, 'konten.mail.footer', all)}\n`,
      purpose,
    };
    ids.push(await queueMail(tx, services, afterCommit, mail));
  }
  return ids;
}
