import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { type Lang, t } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { getTenant } from '../org/get-tenant.ts';
import { issueLinkToken, LINK_LIFETIME_MINUTES } from './one-time-links.ts';
import { users } from './schema.ts';

export type Invitation = { email: string; displayName: string; personId?: string | null; isAdmin: boolean; lang: Lang };

/** Creates an account without a password and mails a link to choose one. */
export async function inviteUser(services: Services, inviter: SessionUser, input: Invitation) {
  const email = input.email.trim().toLowerCase();
  const [taken] = await services.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (taken) throw new AppError('conflict', 'auth.email_taken', 'email');
  const tenant = await getTenant(services.db, inviter.tenantId);
  return inTransaction(services.db, async (tx, afterCommit) => {
    const [user] = await tx
      .insert(users)
      .values({ tenantId: inviter.tenantId, email, displayName: input.displayName, personId: input.personId ?? null, isAdmin: input.isAdmin, lang: input.lang })
      .returning({ id: users.id, email: users.email, displayName: users.displayName, isAdmin: users.isAdmin, personId: users.personId });
    const token = await issueLinkToken(tx, user!.id, 'invite');
    await queueMail(tx, services, afterCommit, {
      tenantId: inviter.tenantId,
      to: email,
      purpose: 'invitation',
      subject: t(input.lang, 'mail.invite.subject', { tenant: tenant.name }),
      text: t(input.lang, 'mail.invite.body', {
        inviter: inviter.displayName,
        tenant: tenant.name,
        days: LINK_LIFETIME_MINUTES.invite / 1440,
        link: `${services.config.publicUrl}/admin/undangan?token=${token}`,
      }),
    });
    await recordAudit(tx, actorOf(inviter), { action: 'user.invited', entity: 'user', entityId: user!.id, after: user });
    return user!;
  });
}
