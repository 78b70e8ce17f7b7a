import type { Services } from '../../../services.ts';
import type { SocialAdapter } from '../adapter.ts';
import { createAdapter, type SosialAdapterConfig } from '../adapters/index.ts';
import { appOptions, loadApp } from '../aplikasi/adapter-for-app.ts';
import type { Platform } from '../platform.ts';
import type { AkunRow } from './load-akun.ts';

/**
 * The one place an account's adapter is built, for the refresh (`refresh-token.ts`) and the
 * publisher alike, so both speak to the same endpoints. The endpoints are the tenant's app's (real,
 * or the local fakes' for a simulated app); tests and the bench may point every adapter of one
 * services object at fakes of their own with `pointAdaptersAt`.
 */

// Keyed by the services object, never global.
const overrides = new WeakMap<Services, SosialAdapterConfig>();
export function pointAdaptersAt(services: Services, config: SosialAdapterConfig): void {
  overrides.set(services, config);
}

export async function adapterOfAkun(services: Services, akun: Pick<AkunRow, 'tenantId' | 'platform'>, timeoutMs = 30_000): Promise<SocialAdapter> {
  const platform = akun.platform as Platform;
  const override = overrides.get(services);
  if (override) return createAdapter(platform, { ...override, [platform]: { pollIntervalMs: 200, maxPolls: 3, ...override[platform], timeoutMs } });
  const app = await loadApp(services.db, akun.tenantId, platform);
  // createAdapter reads only the entry of the platform it builds.
  return createAdapter(platform, { [platform]: { ...appOptions(services, app), timeoutMs } } as unknown as SosialAdapterConfig);
}
