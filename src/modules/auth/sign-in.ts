import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { sha256 } from '../../lib/crypto.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { type BackoffRule, backoffFailure, backoffReset, backoffWait } from './backoff.ts';
import { createSession } from './create-session.ts';
import { verifyPassword } from './password.ts';
import { users } from './schema.ts';

/** One account from one address: three tries, then 1, 2, 4 … seconds between tries, at most 15 minutes. */
export const ACCOUNT_ADDRESS_BACKOFF: BackoffRule = { free: 3, maxSeconds: 900 };
/** One address over every account (password spraying): ten tries, then the same progression. */
export const ADDRESS_BACKOFF: BackoffRule = { free: 10, maxSeconds: 900 };

const pairKey = (email: string, address: string) => `sign-in:${sha256(email)}:${address}`;
const addressKey = (address: string) => `sign-in-address:${address}`;

/** Refuses (429 with the seconds to wait) while a backoff runs; the caller sends `Retry-After`. */
export async function assertNoBackoff(services: Services, checks: Array<[string, BackoffRule]>): Promise<void> {
  let seconds = 0;
  for (const [key, rule] of checks) seconds = Math.max(seconds, await backoffWait(services.db, key, rule));
  if (seconds > 0) throw new AppError('rate_limited', 'auth.slow_down', undefined, { seconds });
}

/**
 * Checks e-mail and password and opens a session. When the account has two-step sign-in on, the
 * session stays pending until a TOTP code is given.
 *
 * An unknown address, a disabled account, an account without a password yet and a wrong password
 * get the same answer after the same work (one argon2 verification), and failures slow down the
 * account from that address and the address itself, never the account everywhere: a stranger
 * cannot lock the owner out, nor learn which accounts exist.
 */
export async function signIn(services: Services, input: { email: string; password: string }, address: string) {
  const email = input.email.trim().toLowerCase();
  const pair = pairKey(email, address);
  await assertNoBackoff(services, [
    [pair, ACCOUNT_ADDRESS_BACKOFF],
    [addressKey(address), ADDRESS_BACKOFF],
  ]);
  const [user] = await services.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabledAt) {
    await backoffFailure(services.db, pair);
    await backoffFailure(services.db, addressKey(address));
    throw new AppError('unauthenticated', 'auth.invalid_credentials', 'password');
  }
  await backoffReset(services.db, pair);
  const mfaPending = user.totpEnabledAt !== null;
  return inTransaction(services.db, async (tx) => {
    if (!mfaPending) await tx.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, mfaPending);
    await recordAudit(tx, actorOf(user), {
      action: mfaPending ? 'auth.password_ok' : 'auth.signed_in',
      entity: 'user',
      entityId: user.id,
    });
    return { ...session, mfaRequired: mfaPending };
  });
}
