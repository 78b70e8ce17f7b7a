import { eq } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import type { AccountCredentials, SocialAdapter, TokenSet } from '../adapter.ts';
import { createAdapter, type SosialAdapterConfig } from '../adapters/index.ts';
import type { AkunRow } from '../akun/load-akun.ts';
import { markAkunNeedsReconnect, saveAkunTokens } from '../akun/open-credentials.ts';
import { appOptions, loadApp } from '../aplikasi/adapter-for-app.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun } from '../schema.ts';

/**
 * Publishing's seam onto the accounts module (`akun/`, `aplikasi/`): the adapter of an account
 * with its opened credentials, refreshed tokens kept, a dead connection marked. The endpoints are
 * the tenant's app's (real, or the local fakes' for a simulated app); tests and the bench may point
 * every adapter of one services object at fakes of their own with `pointAdaptersAt`.
 */

export type OpenedAccount = { akun: AkunRow; adapter: SocialAdapter; credentials: AccountCredentials | null };

// Keyed by the services object, never global.
const overrides = new WeakMap<Services, SosialAdapterConfig>();
export function pointAdaptersAt(services: Services, config: SosialAdapterConfig): void {
  overrides.set(services, config);
}

async function adapterFor(services: Services, akun: AkunRow, timeoutMs: number): Promise<SocialAdapter> {
  const platform = akun.platform as Platform;
  const override = overrides.get(services);
  if (override) return createAdapter(platform, { ...override, [platform]: { pollIntervalMs: 200, maxPolls: 3, ...override[platform], timeoutMs } });
  const app = await loadApp(services.db, akun.tenantId, platform);
  // createAdapter reads only the entry of the platform it builds.
  return createAdapter(platform, { [platform]: { ...appOptions(services, app), timeoutMs } } as unknown as SosialAdapterConfig);
}

export async function openAccount(services: Services, akunId: string, timeoutMs = 30_000): Promise<OpenedAccount> {
  const [akun] = await services.db.select().from(sosialAkun).where(eq(sosialAkun.id, akunId));
  if (!akun) throw new Error(`sosial_akun ${akunId} not found`);
  const credentials = akun.credentialsSealed ? (JSON.parse(services.secrets.open(akun.credentialsSealed)) as AccountCredentials) : null;
  return { akun, adapter: await adapterFor(services, akun, timeoutMs), credentials };
}

/** Keeps a refreshed token set, audited (X rotates the refresh token: the old one is dead after this). */
export function saveRefreshedTokens(services: Services, akunId: string, tokens: TokenSet): Promise<AccountCredentials> {
  return saveAkunTokens(services, akunId, tokens);
}

/** A revoked or unrefreshable token: the account waits for an admin, who sees the warning. */
export function markNeedsReconnect(services: Services, akunId: string, code: string): Promise<void> {
  return markAkunNeedsReconnect(services, akunId, code);
}
