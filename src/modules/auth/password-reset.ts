import { eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { consumeLinkToken, issueLinkToken, LINK_LIFETIME_MINUTES, type LinkPurpose, linksSentSince } from './one-time-links.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password.ts';
import { sessions, users } from './schema.ts';

/** At most this many reset mails per account per hour; further requests send nothing, silently. */
export const RESET_MAILS_PER_HOUR = 3;

/**
 * Mails a reset link when the address belongs to an active account. The answer is the same
 * either way, so the form cannot be used to learn who has an account. Past the hourly number of
 * mails nothing more is sent, but every link already sent keeps working: the owner can still reset.
 */
export async function requestPasswordReset(services: Services, email: string): Promise<void> {
  const [user] = await services.db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user || user.disabledAt) return;
  await inTransaction(services.db, async (tx, afterCommit) => {
    // Serialises concurrent requests for one account so the hourly count holds.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`warta:reset:${user.id}`}))`);
    if ((await linksSentSince(tx, user.id, 'reset', new Date(Date.now() - 3_600_000))) >= RESET_MAILS_PER_HOUR) return;
    const token = await issueLinkToken(tx, user.id, 'reset');
    const lang = user.lang as Lang;
    await queueMail(tx, services, afterCommit, {
      tenantId: user.tenantId,
      to: user.email,
      purpose: 'password_reset',
      subject: t(lang, 'mail.reset.subject'),
      text: t(lang, 'mail.reset.body', { minutes: LINK_LIFETIME_MINUTES.reset, link: `${services.config.publicUrl}/admin/kata-sandi?token=${token}` }),
    });
    await recordAudit(tx, { userId: null, label: 'publik', tenantId: user.tenantId }, { action: 'auth.reset_requested', entity: 'user', entityId: user.id });
  });
}

export function assertPasswordStrength(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('invalid', 'auth.password_too_short', field, { min: MIN_PASSWORD_LENGTH });
}

/** Sets a password from a reset or invitation link and returns the account's id. Every other session of the account ends. */
export async function setPasswordFromLink(services: Services, purpose: LinkPurpose, token: string, password: string): Promise<string> {
  assertPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  return inTransaction(services.db, async (tx) => {
    const userId = await consumeLinkToken(tx, token, purpose);
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).returning();
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(
      tx,
      { userId, label: user?.email ?? userId, tenantId: user?.tenantId ?? null },
      {
        action: purpose === 'reset' ? 'auth.password_reset' : 'auth.invitation_accepted',
        entity: 'user',
        entityId: userId,
      },
    );
    return userId;
  });
}
