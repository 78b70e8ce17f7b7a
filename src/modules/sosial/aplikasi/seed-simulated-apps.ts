import type { Services } from '../../../services.ts';
import { tenants } from '../../org/schema.ts';
import { fakeAdapterConfig, fakeBaseUrls } from '../fakes/start-fakes.ts';
import { platforms } from '../platform.ts';
import { sosialAplikasi } from '../schema.ts';

/**
 * With WARTA_PLATFORM_FAKES=1: every tenant that has no app on a platform gets the fakes' app
 * credentials, marked `simulasi`, so the demo units can connect accounts offline. An app an admin
 * entered is never replaced.
 */
export async function seedSimulatedApps(services: Services): Promise<number> {
  const fakes = services.config.platformFakes;
  if (!fakes) return 0;
  const config = fakeAdapterConfig(fakeBaseUrls(fakes.basePort));
  const tenantIds = (await services.db.select({ id: tenants.id }).from(tenants)).map((t) => t.id);
  const values = tenantIds.flatMap((tenantId) =>
    platforms.map((platform) => ({
      tenantId,
      platform,
      clientId: config[platform].clientId,
      clientSecretSealed: services.secrets.seal(config[platform].clientSecret ?? ''),
      simulasi: true,
    })),
  );
  if (values.length === 0) return 0;
  const inserted = await services.db
    .insert(sosialAplikasi)
    .values(values)
    .onConflictDoNothing({ target: [sosialAplikasi.tenantId, sosialAplikasi.platform] })
    .returning({ id: sosialAplikasi.id });
  return inserted.length;
}
