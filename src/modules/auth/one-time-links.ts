import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import { randomToken, sha256 } from '../../lib/crypto.ts';
import { AppError } from '../../lib/errors.ts';
import { authTokens } from './schema.ts';

export type LinkPurpose = 'reset' | 'invite';

export const LINK_LIFETIME_MINUTES: Record<LinkPurpose, number> = { reset: 60, invite: 7 * 24 * 60 };

/** Issues a one-time link token; earlier unused links of the same purpose stop working. */
export async function issueLinkToken(tx: Tx, userId: string, purpose: LinkPurpose, now = new Date()): Promise<string> {
  await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
  const token = randomToken();
  await tx.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MINUTES[purpose] * 60_000),
  });
  return token;
}

/** Uses up a link token inside the caller's transaction and returns its user; refuses used or expired ones. */
export async function consumeLinkToken(tx: Tx, token: string, purpose: LinkPurpose, now = new Date()): Promise<string> {
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, sha256(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId });
  if (!row) throw new AppError('invalid', 'auth.link_invalid', 'token');
  return row.userId;
}
