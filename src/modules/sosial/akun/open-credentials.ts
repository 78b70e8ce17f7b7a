import { eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { recordAudit, systemActor } from '../../audit/record-audit.ts';
import type { AccountCredentials, SocialAdapter, TokenSet } from '../adapter.ts';
import { sosialAkun } from '../schema.ts';
import { adapterOfAkun } from './adapter-of-akun.ts';
import type { AkunRow } from './load-akun.ts';
import { mailAkunKeepers } from './warning-mail.ts';

export type AkunConnection = { akun: AkunRow; adapter: SocialAdapter; credentials: AccountCredentials };

/**
 * For the publisher: the adapter of an account (the tenant's app credentials, real or simulated
 * endpoints) and its opened credentials, for one job run. Keep `credentials` in memory only: never
 * in a log, a job payload or an attempt row. 404 for an unknown account; 409 when Warta cannot post
 * there (manual, disconnected, or waiting to be connected again).
 */
export async function adapterForAccount(services: Services, akunId: string, timeoutMs?: number): Promise<AkunConnection> {
  const [akun] = await services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akunId));
  if (!akun) throw new AppError('not_found', 'sosial.akun.not_found');
  if (akun.mode !== 'api' || akun.status !== 'terhubung' || !akun.credentialsSealed) throw new AppError('conflict', 'sosial.akun.not_connected');
  const credentials = JSON.parse(services.secrets.open(akun.credentialsSealed)) as AccountCredentials;
  return { akun, adapter: await adapterOfAkun(services, akun, timeoutMs), credentials };
}

/** Stores refreshed tokens (X rotates its refresh token: the old one no longer works, so this must not be skipped). */
export async function saveAkunTokens(services: Services, akunId: string, tokens: TokenSet): Promise<AccountCredentials> {
  return inTransaction(services.db, async (tx) => {
    const [akun] = await tx.select().from(sosialAkun).where(eq(sosialAkun.id, akunId)).for('update');
    if (!akun?.credentialsSealed) throw new AppError('conflict', 'sosial.akun.not_connected');
    const old = JSON.parse(services.secrets.open(akun.credentialsSealed)) as AccountCredentials;
    const credentials: AccountCredentials = {
      externalAccountId: old.externalAccountId,
      accessToken: tokens.accessToken,
      ...((tokens.refreshToken ?? old.refreshToken) ? { refreshToken: tokens.refreshToken ?? old.refreshToken } : {}),
      ...(tokens.expiresAt ? { expiresAt: tokens.expiresAt } : {}),
    };
    await tx
      .update(sosialAkun)
      .set({
        credentialsSealed: services.secrets.seal(JSON.stringify(credentials)),
        tokenExpiresAt: tokens.expiresAt ? new Date(tokens.expiresAt) : null,
        // A platform that says nothing of the refresh token's end on a refresh leaves the known one.
        ...(tokens.refreshExpiresAt ? { refreshExpiresAt: new Date(tokens.refreshExpiresAt) } : {}),
        lastErrorCode: null,
        refreshLeaseUntil: null,
        updatedAt: new Date(),
      })
      .where(eq(sosialAkun.id, akunId));
    await recordAudit(tx, systemActor, {
      action: 'sosial_akun.token_diperbarui',
      entity: 'sosial_akun',
      entityId: akunId,
      tenantId: akun.tenantId,
      after: { berlakuSampai: tokens.expiresAt ?? null },
    });
    return credentials;
  });
}

/**
 * The platform says the token is revoked, or refreshing failed for good: the account waits for a
 * person to connect it again, its unit's admins see the warning (home card, accounts screen) and
 * are mailed once.
 */
export async function markAkunNeedsReconnect(services: Services, akunId: string, errorCode: string): Promise<void> {
  await inTransaction(services.db, async (tx, afterCommit) => {
    const [akun] = await tx.select().from(sosialAkun).where(eq(sosialAkun.id, akunId)).for('update');
    if (akun?.status !== 'terhubung') return;
    await tx
      .update(sosialAkun)
      .set({ status: 'perlu_sambung_ulang', lastErrorCode: errorCode, refreshLeaseUntil: null, updatedAt: new Date() })
      .where(eq(sosialAkun.id, akunId));
    await recordAudit(tx, systemActor, {
      action: 'sosial_akun.perlu_sambung_ulang',
      entity: 'sosial_akun',
      entityId: akunId,
      tenantId: akun.tenantId,
      before: { status: akun.status },
      after: { status: 'perlu_sambung_ulang', lastErrorCode: errorCode },
    });
    // Once per incident: only the transaction that moved the account out of `terhubung` gets here.
    await mailAkunKeepers(tx, services, afterCommit, akun, 'perlu_sambung_ulang');
  });
}
