import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { Lang } from '../../../i18n/catalogue.ts';
import { users } from '../../auth/schema.ts';
import { people, teamMembers, units } from '../../org/schema.ts';

export type Keeper = { name: string; email: string; lang: Lang };

/**
 * The people who keep an account, with an address, each once, in their account's language (as
 * `policy.ts` says who may manage it): the unit's admin media sosial and, for the Media Center
 * unit, the assisting admins. When none of them has an address, the tenant's admins, so a dead
 * connection is never told to nobody.
 */
export async function akunKeepers(db: Queryable, akun: { tenantId: string; unitId: string }): Promise<Keeper[]> {
  const [unit] = await db.select({ isMediaCenter: units.isMediaCenter }).from(units).where(eq(units.id, akun.unitId));
  const members = await db
    .select({ personId: people.id, name: people.name, email: people.email, role: teamMembers.role, unitId: teamMembers.unitId })
    .from(teamMembers)
    .innerJoin(people, eq(people.id, teamMembers.personId))
    .innerJoin(units, eq(units.id, teamMembers.unitId))
    .where(and(eq(units.tenantId, akun.tenantId), inArray(teamMembers.role, ['admin_medsos', 'admin_pendamping'])));
  const keeping = members.filter((m) => (m.role === 'admin_medsos' ? m.unitId === akun.unitId : !!unit?.isMediaCenter) && m.email?.trim());
  // The auth module exports no read of accounts with their language by person; read here, nothing else.
  const accounts = keeping.length
    ? await db
        .select({ personId: users.personId, lang: users.lang, disabledAt: users.disabledAt })
        .from(users)
        .where(
          inArray(
            users.personId,
            keeping.map((m) => m.personId),
          ),
        )
    : [];
  // A person whose only account is disabled has left the team: not mailed.
  const disabled = new Set(accounts.filter((a) => a.disabledAt).map((a) => a.personId));
  const langOf = new Map(accounts.filter((a) => !a.disabledAt).map((a) => [a.personId, a.lang === 'en' ? ('en' as const) : ('id' as const)]));
  const found = keeping
    .filter((m) => !disabled.has(m.personId) || langOf.has(m.personId))
    .map((m) => ({ name: m.name, email: m.email!.trim(), lang: langOf.get(m.personId) ?? ('id' as const) }));
  const keepers = found.length
    ? found
    : (
        await db
          .select({ name: users.displayName, email: users.email, lang: users.lang })
          .from(users)
          .where(and(eq(users.tenantId, akun.tenantId), eq(users.isAdmin, true), isNull(users.disabledAt)))
      ).map((u) => ({ name: u.name, email: u.email, lang: u.lang === 'en' ? ('en' as const) : ('id' as const) }));
  const seen = new Set<string>();
  return keepers.filter((k) => {
    const key = k.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
