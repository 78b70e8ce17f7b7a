import type { Queryable } from '../../db/types.ts';
import { randomToken, sha256 } from '../../lib/crypto.ts';
import { sessionExpiry } from './resolve-session.ts';
import { sessions } from './schema.ts';

/** Opens a session and returns the cookie token; only its hash is stored. */
export async function createSession(db: Queryable, userId: string, mfaPending: boolean): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const now = new Date();
  await db.insert(sessions).values({
    id: sha256(token),
    userId,
    csrfToken,
    mfaPending,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry(now, now),
  });
  return { token, csrfToken };
}
