import { and, eq, ne } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { assertPasswordStrength } from './password-reset.ts';
import { sessions, users } from './schema.ts';

/** Changes the signed-in person's password; their other sessions end. */
export async function changePassword(services: Services, user: SessionUser, sessionId: string, current: string, next: string): Promise<void> {
  const [row] = await services.db.select().from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, current))) throw new AppError('invalid', 'auth.password_wrong', 'currentPassword');
  assertPasswordStrength(next, 'newPassword');
  const passwordHash = await hashPassword(next);
  await inTransaction(services.db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.id, sessionId)));
    await recordAudit(tx, actorOf(user), { action: 'auth.password_changed', entity: 'user', entityId: user.id });
  });
}
