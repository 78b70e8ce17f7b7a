import { and, asc, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { sessions, users } from './schema.ts';

const publicColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  personId: users.personId,
  isAdmin: users.isAdmin,
  totpEnabledAt: users.totpEnabledAt,
  disabledAt: users.disabledAt,
  lastLoginAt: users.lastLoginAt,
  hasPassword: users.passwordHash,
};

/** The tenant's accounts, without any secret. */
export async function listUsers(services: Services, tenantId: string) {
  const rows = await services.db.select(publicColumns).from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.displayName));
  return rows.map(({ hasPassword, ...row }) => ({ ...row, invitationPending: hasPassword === null }));
}

export type UserChange = { displayName?: string; isAdmin?: boolean; disabled?: boolean; personId?: string | null };

/**
 * Changes another account: admin flag, link to a person, disable (ends its sessions).
 * An admin cannot demote or disable themselves, so a tenant never loses its last way in by accident.
 */
export async function updateUser(services: Services, actor: SessionUser, userId: string, change: UserChange) {
  if (userId === actor.id && (change.isAdmin === false || change.disabled === true)) {
    throw new AppError('invalid', 'auth.self_change', change.isAdmin === false ? 'isAdmin' : 'disabled');
  }
  return inTransaction(services.db, async (tx) => {
    const [before] = await tx
      .select(publicColumns)
      .from(users)
      .where(and(eq(users.id, userId), eq(users.tenantId, actor.tenantId)));
    if (!before) throw new AppError('not_found', 'error.not_found');
    const [after] = await tx
      .update(users)
      .set({
        ...(change.displayName !== undefined ? { displayName: change.displayName } : {}),
        ...(change.isAdmin !== undefined ? { isAdmin: change.isAdmin } : {}),
        ...(change.personId !== undefined ? { personId: change.personId } : {}),
        ...(change.disabled !== undefined ? { disabledAt: change.disabled ? new Date() : null } : {}),
      })
      .where(eq(users.id, userId))
      .returning(publicColumns);
    if (change.disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    const strip = ({ hasPassword: _h, ...row }: typeof before) => row;
    await recordAudit(tx, actorOf(actor), { action: 'user.updated', entity: 'user', entityId: userId, before: strip(before), after: strip(after!) });
    return strip(after!);
  });
}
