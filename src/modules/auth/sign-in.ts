import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { sha256 } from '../../lib/crypto.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { type BackoffRule, backoffFailure, backoffReset, backoffWait } from './backoff.ts';
import { createSession } from './create-session.ts';
import { isKnownDevice } from './known-device.ts';
import { verifyPassword } from './password.ts';
import { users } from './schema.ts';

/** One account from one address: three tries, then 1, 2, 4 … seconds between tries, at most 15 minutes. */
export const ACCOUNT_ADDRESS_BACKOFF: BackoffRule = { free: 3, maxSeconds: 900 };
/** One address over every account (password spraying): ten tries, then the same progression. */
export const ADDRESS_BACKOFF: BackoffRule = { free: 10, maxSeconds: 900 };
/**
 * One account from every address (a slow guess spread over many addresses): ten failures, then 1,
 * 2, 4 … seconds between tries from anywhere, at most 5 minutes; never on a browser the account
 * signed in from before (known-device.ts), so strangers can slow the account only elsewhere.
 */
export const ACCOUNT_BACKOFF: BackoffRule = { free: 10, maxSeconds: 300 };

const pairKey = (email: string, address: string) => `sign-in:${sha256(email)}:${address}`;
const addressKey = (address: string) => `sign-in-address:${address}`;
const accountKey = (email: string) => `sign-in-account:${sha256(email)}`;

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
 * get the same answer after the same work (one argon2 verification). Failures slow down the
 * account from that address, the address itself, and, past ten in a row, the account from every
 * browser it never signed in from (`knownDevices`: the marks the browser sent). Nothing locks:
 * the owner gets in from a known browser at once, and anywhere after the wait or by setting a new
 * password from a mailed link, which makes that browser known; nor does any answer tell which
 * accounts exist (the account-wide count runs for unknown addresses alike).
 */
export async function signIn(services: Services, input: { email: string; password: string }, address: string, knownDevices: readonly string[] = []) {
  const email = input.email.trim().toLowerCase();
  const pair = pairKey(email, address);
  await assertNoBackoff(services, [
    [pair, ACCOUNT_ADDRESS_BACKOFF],
    [addressKey(address), ADDRESS_BACKOFF],
  ]);
  const [user] = await services.db.select().from(users).where(eq(users.email, email));
  if (!(user && isKnownDevice(services.secrets, user.id, knownDevices))) await assertNoBackoff(services, [[accountKey(email), ACCOUNT_BACKOFF]]);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok || user.disabledAt) {
    await backoffFailure(services.db, pair);
    await backoffFailure(services.db, addressKey(address));
    // Not forgotten at the owner's next success: that proves nothing about the other failures.
    await backoffFailure(services.db, accountKey(email));
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
    return { ...session, mfaRequired: mfaPending, userId: user.id };
  });
}
