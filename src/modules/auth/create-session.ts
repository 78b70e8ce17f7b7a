import { randomToken, sha256 } from '../../lib/crypto.ts';
import type { Queryable } from '../../db/types.ts';
import { SESSION_IDLE_HOURS } from './resolve-session.ts';
import { sessions } from './schema.ts';

/** Opens a session and returns the cookie token; only its hash is stored. */
export async function createSession(db: Queryable, userId: string, mfaPending: boolean): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await db.insert(sessions).values({
    id: sha256(token),
    userId,
    csrfToken,
    mfaPending,
    expiresAt: new Date(Date.now() + SESSION_IDLE_HOURS * 3_600_000),
  });
  return { token, csrfToken };
}
