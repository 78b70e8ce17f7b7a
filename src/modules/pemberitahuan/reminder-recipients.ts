import { and, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { users } from '../auth/schema.ts';
import type { TeamRole } from '../org/roles.ts';
import { ppidRoles, unitOfficers } from './ppid-officers.ts';

export type ReminderRecipient = { name: string; email: string; lang: Lang };

/**
 * Who gets a unit's deadline reminder: its PPID Utama and PPID Pelaksana with an e-mail address,
 * once each, in the language of their account (Indonesian without one). The Atasan PPID and the
 * rest of the team are left out: the reminder is about work the PPID must do.
 */
export async function reminderRecipients(db: Queryable, tenantId: string, unitId: string): Promise<ReminderRecipient[]> {
  return officerRecipients(db, tenantId, unitId, ppidRoles);
}

/**
 * The unit's officers in the given roles (PPID Utama, PPID Pelaksana, Atasan PPID) who have an
 * e-mail address, once each, in the language of their account (Indonesian without one).
 */
export async function officerRecipients(db: Queryable, tenantId: string, unitId: string, roles: readonly TeamRole[]): Promise<ReminderRecipient[]> {
  const officers = (await unitOfficers(db, tenantId, unitId)).filter((o) => roles.includes(o.role) && o.email);
  if (officers.length === 0) return [];
  // The auth module exports no read of an account's language, so it is read here, nothing else.
  const accounts = await db
    .select({ personId: users.personId, lang: users.lang })
    .from(users)
    .where(
      and(
        inArray(
          users.personId,
          officers.map((o) => o.personId),
        ),
        isNull(users.disabledAt),
      ),
    );
  const langOf = new Map(accounts.map((a) => [a.personId, a.lang === 'en' ? 'en' : 'id'] as const));
  const seen = new Set<string>();
  const recipients: ReminderRecipient[] = [];
  for (const o of officers) {
    const email = (o.email as string).trim();
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    recipients.push({ name: o.name, email, lang: langOf.get(o.personId) ?? 'id' });
  }
  return recipients;
}
