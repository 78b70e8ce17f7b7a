import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { type Actor, recordAudit } from '../audit/record-audit.ts';
import { hashPassword } from './password.ts';
import { assertPasswordStrength } from './password-reset.ts';
import { users } from './schema.ts';

export type NewAccount = { tenantId: string; email: string; displayName: string; password: string; isAdmin: boolean; personId?: string | null };

/**
 * Creates an account with a password already chosen: for installation set-up and the demo.
 * People who join later are invited by e-mail instead, so they choose their own password.
 */
export async function createAccount(services: Services, actor: Actor, input: NewAccount): Promise<SessionUser> {
  assertPasswordStrength(input.password);
  const email = input.email.trim().toLowerCase();
  const [taken] = await services.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AppError('conflict', 'auth.email_taken', 'email');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(services.db, async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ tenantId: input.tenantId, email, displayName: input.displayName, passwordHash, isAdmin: input.isAdmin, personId: input.personId ?? null })
      .returning();
    await recordAudit(
      tx,
      { ...actor, tenantId: input.tenantId },
      {
        action: 'user.created',
        entity: 'user',
        entityId: row!.id,
        after: { email, displayName: input.displayName, isAdmin: input.isAdmin, personId: row!.personId },
      },
    );
    return {
      id: row!.id,
      tenantId: row!.tenantId,
      personId: row!.personId,
      email: row!.email,
      displayName: row!.displayName,
      isAdmin: row!.isAdmin,
      totpEnabled: false,
      mustEnable2fa: false,
    };
  });
}
