import { and, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { users } from '../auth/schema.ts';
import { findPeople } from '../org/find-people.ts';
import { listTeam } from '../org/list-team.ts';
import type { TeamRole } from '../org/roles.ts';

export type Recipient = { email: string; lang: Lang };

/**
 * The unit's team members in these roles who have an e-mail address, once each, in the language of
 * their account (Indonesian without one).
 */
export async function teamRecipients(db: Queryable, tenantId: string, unitId: string, roles: readonly TeamRole[]): Promise<Recipient[]> {
  const wanted = (await listTeam(db, unitId)).filter((m) => roles.includes(m.role as TeamRole));
  if (wanted.length === 0) return [];
  const emailOf = new Map((await findPeople(db, { tenantId, unitId, limit: 1000 })).map((p) => [p.id, p.email]));
  const personIds = wanted.map((m) => m.personId);
  // The auth module exports no read of an account's language, so it is read here, nothing else.
  const accounts = await db
    .select({ personId: users.personId, lang: users.lang })
    .from(users)
    .where(and(inArray(users.personId, personIds), isNull(users.disabledAt)));
  const langOf = new Map(accounts.map((a) => [a.personId, a.lang === 'en' ? 'en' : 'id'] as const));
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const personId of personIds) {
    const email = emailOf.get(personId)?.trim();
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    out.push({ email, lang: langOf.get(personId) ?? 'id' });
  }
  return out;
}
