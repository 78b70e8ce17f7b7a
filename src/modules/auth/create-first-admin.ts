import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Db } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { type Actor, recordAudit } from '../audit/record-audit.ts';
import { issueLinkToken } from './one-time-links.ts';
import { users } from './schema.ts';

/**
 * The first administrator of a new installation: an account without a password and a one-time
 * invitation token the operator hands over, so the person chooses their own password and no
 * password ever passes through a terminal or a log.
 */
export async function createFirstAdmin(db: Db, actor: Actor, input: { tenantId: string; email: string; displayName: string }) {
  const email = input.email.trim().toLowerCase();
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AppError('conflict', 'auth.email_taken', 'email');
  return inTransaction(db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ tenantId: input.tenantId, email, displayName: input.displayName, isAdmin: true })
      .returning({ id: users.id });
    const token = await issueLinkToken(tx, user!.id, 'invite');
    await recordAudit(
      tx,
      { ...actor, tenantId: input.tenantId },
      { action: 'user.invited', entity: 'user', entityId: user!.id, after: { email, isAdmin: true } },
    );
    return { userId: user!.id, token };
  });
}
