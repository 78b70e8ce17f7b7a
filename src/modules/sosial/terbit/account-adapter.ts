import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { Services } from '../../../services.ts';
import type { AccountCredentials, SocialAdapter, TokenSet } from '../adapter.ts';
import { createAdapter, type SosialAdapterConfig } from '../adapters/index.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialAplikasi } from '../schema.ts';

/**
 * The one seam between publishing and the accounts module: build an adapter for an account and
 * open its sealed credentials, save refreshed tokens, mark a dead connection. The accounts helper's
 * version replaces this file; publishing calls nothing else of `sosial_akun` / `sosial_aplikasi`.
 */

export type AkunRow = typeof sosialAkun.$inferSelect;
export type OpenedAccount = { akun: AkunRow; adapter: SocialAdapter; credentials: AccountCredentials | null };

// Endpoints other than the platforms' own (the contract fakes): set by boot with
// WARTA_PLATFORM_FAKES=1, by tests and by the bench. Keyed by the services object, never global.
const overrides = new WeakMap<Services, SosialAdapterConfig>();
export function pointAdaptersAt(services: Services, config: SosialAdapterConfig): void {
  overrides.set(services, config);
}

/** The account's adapter: the fakes' when configured, else the platform's real endpoints with the tenant's own app. */
async function adapterFor(services: Services, akun: AkunRow, timeoutMs: number): Promise<SocialAdapter> {
  const platform = akun.platform as Platform;
  const override = overrides.get(services);
  if (override) return createAdapter(platform, { ...override, [platform]: { pollIntervalMs: 200, maxPolls: 3, ...override[platform], timeoutMs } });
  const [app] = await services.db
    .select()
    .from(sosialAplikasi)
    .where(and(eq(sosialAplikasi.tenantId, akun.tenantId), eq(sosialAplikasi.platform, platform)));
  const options = { clientId: app?.clientId ?? '', clientSecret: app ? services.secrets.open(app.clientSecretSealed) : undefined, timeoutMs };
  return createAdapter(platform, { facebook: options, instagram: options, x: options, youtube: options, tiktok: options });
}

export async function openAccount(services: Services, akunId: string, timeoutMs = 30_000): Promise<OpenedAccount> {
  const [akun] = await services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akunId));
  if (!akun) throw new Error(`sosial_akun ${akunId} not found`);
  const credentials = akun.credentialsSealed ? (JSON.parse(services.secrets.open(akun.credentialsSealed)) as AccountCredentials) : null;
  return { akun, adapter: await adapterFor(services, akun, timeoutMs), credentials };
}

/** Keeps a refreshed token set (X rotates the refresh token: the old one is dead after this). */
export async function saveRefreshedTokens(services: Services, akunId: string, previous: AccountCredentials, tokens: TokenSet): Promise<AccountCredentials> {
  const next: AccountCredentials = {
    externalAccountId: previous.externalAccountId,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken ?? previous.refreshToken,
    ...(tokens.expiresAt ? { expiresAt: tokens.expiresAt } : {}),
  };
  await services.db
    .update(sosialAkun)
    .set({
      credentialsSealed: services.secrets.seal(JSON.stringify(next)),
      tokenExpiresAt: tokens.expiresAt ? new Date(tokens.expiresAt) : null,
      lastErrorCode: null,
      updatedAt: new Date(),
    })
    .where(eq(sosialAkun.id, akunId));
  return next;
}

/** A revoked or unrefreshable token: the account waits for an admin to connect it again. */
export async function markNeedsReconnect(db: Queryable, akunId: string, code: string): Promise<void> {
  await db.update(sosialAkun).set({ status: 'perlu_sambung_ulang', lastErrorCode: code, updatedAt: new Date() }).where(eq(sosialAkun.id, akunId));
}
