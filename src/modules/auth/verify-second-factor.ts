import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { type BackoffRule, backoffFailure, backoffReset } from './backoff.ts';
import { sessions, users } from './schema.ts';
import { assertNoBackoff } from './sign-in.ts';
import { matchTotp } from './totp.ts';

/** Wrong codes, reachable only with the password: five tries, then 1, 2, 4 … seconds, at most 15 minutes. */
export const TOTP_BACKOFF: BackoffRule = { free: 5, maxSeconds: 900 };

/** Completes a pending sign-in with a TOTP code; wrong codes slow further codes for the account down. */
export async function verifySecondFactor(services: Services, sessionId: string, userId: string, code: string): Promise<void> {
  const [row] = await services.db
    .select({ user: users, pending: sessions.mfaPending })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)));
  if (!row?.pending || !row.user.totpSecretSealed) throw new AppError('invalid', 'auth.totp_not_pending');
  const key = `totp:${userId}`;
  await assertNoBackoff(services, [[key, TOTP_BACKOFF]]);
  const step = matchTotp(services.secrets.open(row.user.totpSecretSealed), code, row.user.totpLastStep);
  if (step === null) {
    await backoffFailure(services.db, key);
    throw new AppError('invalid', 'auth.totp_invalid', 'code');
  }
  await backoffReset(services.db, key);
  await inTransaction(services.db, async (tx) => {
    await tx.update(users).set({ totpLastStep: step, lastLoginAt: new Date() }).where(eq(users.id, userId));
    await tx.update(sessions).set({ mfaPending: false }).where(eq(sessions.id, sessionId));
    await recordAudit(
      tx,
      { userId, label: row.user.email, tenantId: row.user.tenantId },
      { action: 'auth.signed_in', entity: 'user', entityId: userId, after: { secondFactor: 'totp' } },
    );
  });
}
