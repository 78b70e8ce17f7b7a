import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { type Actor, recordAudit } from '../../audit/record-audit.ts';
import type { AccountCredentials, TokenSet } from '../adapter.ts';
import { sosialAkun, sosialOauth } from '../schema.ts';
import type { Identity } from './identities.ts';

type OauthRow = typeof sosialOauth.$inferSelect;

/**
 * Stores the account a finished connection speaks for: the reconnected account, the same account
 * connected before (found again by its platform id), or a new one. Tokens are sealed; the audit
 * row names the account, never a token. The connection in progress is removed.
 */
export async function saveConnected(tx: Tx, services: Pick<Services, 'secrets'>, actor: Actor, oauth: OauthRow, identity: Identity, tokens: TokenSet) {
  const credentials: AccountCredentials = {
    externalAccountId: identity.externalAccountId,
    accessToken: identity.accessToken ?? tokens.accessToken,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    // A Page token derived from a long-lived user token does not expire.
    ...(tokens.expiresAt && !identity.accessToken ? { expiresAt: tokens.expiresAt } : {}),
  };
  const [existing] = oauth.akunId
    ? await tx.select().from(sosialAkun).where(eq(sosialAkun.id, oauth.akunId)).for('update')
    : await tx
        .select()
        .from(sosialAkun)
        .where(and(eq(sosialAkun.unitId, oauth.unitId), eq(sosialAkun.platform, oauth.platform), eq(sosialAkun.externalAccountId, identity.externalAccountId)))
        .for('update');
  // Reconnecting must not quietly move an account's posts to another Page or user.
  if (oauth.akunId && existing?.externalAccountId && existing.externalAccountId !== identity.externalAccountId)
    throw new AppError('invalid', 'sosial.akun.other_account', 'externalAccountId', { nama: existing.nama });
  const now = new Date();
  const values = {
    mode: 'api',
    status: 'terhubung',
    externalAccountId: identity.externalAccountId,
    nama: identity.nama,
    profileUrl: identity.profileUrl,
    opsiPrivasi: identity.privacyOptions ?? null,
    credentialsSealed: services.secrets.seal(JSON.stringify(credentials)),
    tokenExpiresAt: credentials.expiresAt ? new Date(credentials.expiresAt) : null,
    refreshExpiresAt: tokens.refreshExpiresAt ? new Date(tokens.refreshExpiresAt) : null,
    scopes: tokens.scope ? tokens.scope.split(/[ ,]+/).filter(Boolean) : [],
    lastErrorCode: null,
    simulasi: oauth.simulasi,
    refreshLeaseUntil: null,
    connectedBy: oauth.userId,
    connectedAt: now,
    updatedAt: now,
  };
  const [saved] = existing
    ? await tx.update(sosialAkun).set(values).where(eq(sosialAkun.id, existing.id)).returning()
    : await tx
        .insert(sosialAkun)
        .values({ tenantId: oauth.tenantId, unitId: oauth.unitId, platform: oauth.platform, ...values })
        .returning();
  await tx.delete(sosialOauth).where(eq(sosialOauth.id, oauth.id));
  await recordAudit(tx, actor, {
    action: existing ? 'sosial_akun.disambung_ulang' : 'sosial_akun.disambung',
    entity: 'sosial_akun',
    entityId: saved!.id,
    before: existing ? { status: existing.status, nama: existing.nama } : undefined,
    after: { platform: oauth.platform, externalAccountId: identity.externalAccountId, nama: identity.nama, simulasi: oauth.simulasi, status: 'terhubung' },
  });
  return saved!;
}
