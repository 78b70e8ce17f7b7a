import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Session, SessionUser } from '../../http/env.ts';
import { sha256 } from '../../lib/crypto.ts';
import type { Services } from '../../services.ts';
import { sessions, users } from './schema.ts';
import { sessionUserOf } from './session-user-of.ts';

/** A session nobody used for this long ends: an office computer left signed in is not an open door. */
export const SESSION_IDLE_HOURS = 2;
/** However busy, a session ends this long after sign-in: a stolen cookie cannot be kept alive by use. */
export const SESSION_ABSOLUTE_HOURS = 12;
const HOUR_MS = 3_600_000;

/** When a session seen at `seenAt` expires: the idle timeout, never past its absolute lifetime. */
export function sessionExpiry(createdAt: Date, seenAt: Date): Date {
  return new Date(Math.min(seenAt.getTime() + SESSION_IDLE_HOURS * HOUR_MS, createdAt.getTime() + SESSION_ABSOLUTE_HOURS * HOUR_MS));
}
const TOUCH_EVERY_MS = 5 * 60_000;

/** Finds the live session a cookie token names and slides its expiry up to its absolute end; null when unknown or expired. */
export async function resolveSession(services: Services, token: string): Promise<{ user: SessionUser; session: Session } | null> {
  const id = sha256(token);
  const now = new Date();
  const [row] = await services.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        gt(sessions.expiresAt, now),
        gt(sessions.createdAt, new Date(now.getTime() - SESSION_ABSOLUTE_HOURS * HOUR_MS)),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await services.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: sessionExpiry(row.session.createdAt, now) })
      .where(eq(sessions.id, id));
  }
  return {
    session: { id, csrfToken: row.session.csrfToken, mfaPending: row.session.mfaPending },
    user: await sessionUserOf(services, row.user),
  };
}
