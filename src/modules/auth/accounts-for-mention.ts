import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { users } from './schema.ts';

/** An active account as another module may name it: its id and the name people know it by. */
export type AccountLabel = { userId: string; label: string };

/**
 * The tenant's active accounts linked to these people, plus the tenant's admins, by name: whom a
 * note may mention. Disabled accounts are left out; nothing secret is read.
 */
export async function accountsOfPeopleAndAdmins(db: Queryable, tenantId: string, personIds: readonly string[]): Promise<AccountLabel[]> {
  const linked = personIds.length ? inArray(users.personId, [...personIds]) : undefined;
  const rows = await db
    .select({ userId: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), isNull(users.disabledAt), linked ? or(linked, eq(users.isAdmin, true)) : eq(users.isAdmin, true)))
    .orderBy(asc(users.displayName), asc(users.email));
  return rows.map((r) => ({ userId: r.userId, label: r.displayName.trim() || r.email }));
}
