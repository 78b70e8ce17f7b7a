import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { verifyPassword } from './password.ts';
import { users } from './schema.ts';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.ts';

/** Starts two-step set-up: a fresh secret, stored sealed, shown once as text and as a QR code. */
export async function beginTotpSetup(services: Services, user: SessionUser) {
  if (user.totpEnabled) throw new AppError('conflict', 'auth.totp_already_enabled');
  const secret = newTotpSecret();
  await services.db
    .update(users)
    .set({ totpSecretSealed: services.secrets.seal(secret), totpLastStep: null })
    .where(eq(users.id, user.id));
  const uri = otpauthUri(secret, user.email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

/** Turns two-step sign-in on once the person proves their app shows the right code. */
export async function confirmTotpSetup(services: Services, user: SessionUser, code: string): Promise<void> {
  const [row] = await services.db.select().from(users).where(eq(users.id, user.id));
  if (!row?.totpSecretSealed) throw new AppError('invalid', 'auth.totp_not_started');
  if (row.totpEnabledAt) throw new AppError('conflict', 'auth.totp_already_enabled');
  const step = matchTotp(services.secrets.open(row.totpSecretSealed), code, null);
  if (step === null) throw new AppError('invalid', 'auth.totp_invalid', 'code');
  await inTransaction(services.db, async (tx) => {
    await tx.update(users).set({ totpEnabledAt: new Date(), totpLastStep: step }).where(eq(users.id, user.id));
    await recordAudit(tx, actorOf(user), { action: 'auth.totp_enabled', entity: 'user', entityId: user.id });
  });
}

/** Turns two-step sign-in off; needs the password. Refused where the tenant requires it of admins. */
export async function disableTotp(services: Services, user: SessionUser, password: string, required: boolean): Promise<void> {
  if (required) throw new AppError('forbidden', 'auth.totp_required');
  const [row] = await services.db.select().from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, password))) throw new AppError('invalid', 'auth.password_wrong', 'password');
  await inTransaction(services.db, async (tx) => {
    await tx.update(users).set({ totpEnabledAt: null, totpSecretSealed: null, totpLastStep: null }).where(eq(users.id, user.id));
    await recordAudit(tx, actorOf(user), { action: 'auth.totp_disabled', entity: 'user', entityId: user.id });
  });
}
