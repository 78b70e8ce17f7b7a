import { eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { createSession } from './create-session.ts';
import { verifyPassword } from './password.ts';
import { users } from './schema.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

type UserRow = typeof users.$inferSelect;

/** Throws `locked` while a lockout lasts. */
export function assertNotLocked(user: Pick<UserRow, 'lockedUntil'>, now = new Date()): void {
  if (user.lockedUntil && user.lockedUntil > now) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError('locked', 'auth.locked', undefined, { minutes });
  }
}

/** Counts one failed attempt; the fifth in a row locks the account for a while and is audited. */
export async function countFailedAttempt(services: Services, user: UserRow): Promise<void> {
  await inTransaction(services.db, async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    if ((after?.failedLogins ?? 0) < MAX_FAILED_LOGINS) return;
    const lockedUntil = new Date(Date.now() + LOCKOUT_MINUTES * 60_000);
    await tx.update(users).set({ failedLogins: 0, lockedUntil }).where(eq(users.id, user.id));
    await recordAudit(tx, actorOf(user), {
      action: 'auth.locked',
      entity: 'user',
      entityId: user.id,
      after: { lockedUntil: lockedUntil.toISOString() },
    });
  });
}

/**
 * Checks e-mail and password and opens a session. When the account has two-step sign-in on, the
 * session stays pending until a TOTP code is given.
 */
export async function signIn(services: Services, input: { email: string; password: string }) {
  const [user] = await services.db.select().from(users).where(eq(users.email, input.email.trim().toLowerCase()));
  if (user) assertNotLocked(user);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    if (user) await countFailedAttempt(services, user);
    throw new AppError('unauthenticated', 'auth.invalid_credentials', 'password');
  }
  if (user.disabledAt) throw new AppError('forbidden', 'auth.disabled');
  const mfaPending = user.totpEnabledAt !== null;
  return inTransaction(services.db, async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, ...(mfaPending ? {} : { lastLoginAt: new Date() }) })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, mfaPending);
    await recordAudit(tx, actorOf(user), {
      action: mfaPending ? 'auth.password_ok' : 'auth.signed_in',
      entity: 'user',
      entityId: user.id,
    });
    return { ...session, mfaRequired: mfaPending };
  });
}
