import { and, count, eq, gt, gte, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import { randomToken, sha256 } from '../../lib/crypto.ts';
import { AppError } from '../../lib/errors.ts';
import { authTokens } from './schema.ts';

export type LinkPurpose = 'reset' | 'invite';

export const LINK_LIFETIME_MINUTES: Record<LinkPurpose, number> = { reset: 60, invite: 7 * 24 * 60 };

/**
 * Issues a one-time link token. A new invitation replaces the earlier one; a reset link leaves the
 * earlier ones valid until they expire or one of them is used, so a stranger asking for resets
 * cannot spoil the link the owner is about to open.
 */
export async function issueLinkToken(tx: Tx, userId: string, purpose: LinkPurpose, now = new Date()): Promise<string> {
  if (purpose === 'invite') await retireLinks(tx, userId, purpose, now);
  const token = randomToken();
  await tx.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MINUTES[purpose] * 60_000),
  });
  return token;
}

function retireLinks(tx: Tx, userId: string, purpose: LinkPurpose, now: Date) {
  return tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}

/** How many links of this purpose the account was sent since `since`. */
export async function linksSentSince(tx: Tx, userId: string, purpose: LinkPurpose, since: Date): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(authTokens)
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), gte(authTokens.createdAt, since)));
  return Number(row?.n ?? 0);
}

/**
 * Uses up a link token inside the caller's transaction and returns its user; refuses used or
 * expired ones. The account's other links of the same purpose stop working with it.
 */
export async function consumeLinkToken(tx: Tx, token: string, purpose: LinkPurpose, now = new Date()): Promise<string> {
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, sha256(token)), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId });
  if (!row) throw new AppError('invalid', 'auth.link_invalid', 'token');
  await retireLinks(tx, row.userId, purpose, now);
  return row.userId;
}
