import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { getTenant } from '../org/get-tenant.ts';
import { users } from './schema.ts';

type UserRow = typeof users.$inferSelect;

/** The signed-in user as requests see them, from their account row. */
export async function sessionUserOf(services: Services, row: UserRow): Promise<SessionUser> {
  return {
    id: row.id,
    tenantId: row.tenantId,
    personId: row.personId,
    email: row.email,
    displayName: row.displayName,
    isAdmin: row.isAdmin,
    totpEnabled: row.totpEnabledAt !== null,
    mustEnable2fa: row.isAdmin && row.totpEnabledAt === null && (await getTenant(services.db, row.tenantId)).require2faForAdmins,
  };
}

/**
 * The user a background job acts for (the one who asked for it), as a request would see them;
 * null once the account is disabled or gone, so the job does not act for someone who may no longer.
 */
export async function activeUserById(services: Services, id: string): Promise<SessionUser | null> {
  const [row] = await services.db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  return row ? sessionUserOf(services, row) : null;
}
