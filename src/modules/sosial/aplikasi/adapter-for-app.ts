import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import type { SocialAdapter } from '../adapter.ts';
import { createAdapter, type SosialAdapterConfig } from '../adapters/index.ts';
import { fakeAdapterConfig, fakeBaseUrls } from '../fakes/start-fakes.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { sosialAplikasi } from '../schema.ts';

export type AppRow = typeof sosialAplikasi.$inferSelect;

export async function loadApp(db: Queryable, tenantId: string, platform: Platform): Promise<AppRow> {
  const [app] = await db
    .select()
    .from(sosialAplikasi)
    .where(and(eq(sosialAplikasi.tenantId, tenantId), eq(sosialAplikasi.platform, platform)));
  if (!app) throw new AppError('invalid', 'sosial.app.missing', 'platform', { platform: platformNames[platform] });
  return app;
}

/**
 * The adapter of one platform with the tenant's own app credentials. Endpoints come from here only:
 * the platform's real ones, or the local fakes' for a simulated app (WARTA_PLATFORM_FAKES=1).
 */
export function adapterForApp(services: Pick<Services, 'config' | 'secrets'>, app: AppRow): SocialAdapter {
  const platform = app.platform as Platform;
  // createAdapter reads only the entry of the platform it builds.
  return createAdapter(platform, { [platform]: appOptions(services, app) } as unknown as SosialAdapterConfig);
}

/** The adapter options (app credentials and endpoints) of one app; identities.ts reads the same endpoints. */
export function appOptions(services: Pick<Services, 'config' | 'secrets'>, app: AppRow): SosialAdapterConfig[Platform] {
  const platform = app.platform as Platform;
  let endpoints: SosialAdapterConfig[Platform] = { clientId: app.clientId };
  if (app.simulasi) {
    const fakes = services.config.platformFakes;
    if (!fakes) throw new AppError('unavailable', 'sosial.app.simulation_off', 'platform');
    endpoints = fakeAdapterConfig(fakeBaseUrls(fakes.basePort))[platform];
  }
  const secret = services.secrets.open(app.clientSecretSealed);
  return { ...endpoints, clientId: app.clientId, clientSecret: secret || undefined };
}
