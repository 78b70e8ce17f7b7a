import { eq } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import type { Queryable } from '../../../db/types.ts';
import { platformNames } from '../messages.ts';
import { type Platform, platforms } from '../platform.ts';
import { sosialAplikasi } from '../schema.ts';
import type { AppRow } from './adapter-for-app.ts';
import { callbackUrl } from './callback-url.ts';

/** What the admin sees of an app: never the secret, only that one is stored. */
export type AplikasiView = {
  platform: Platform;
  nama: string;
  clientId: string | null;
  adaRahasia: boolean;
  simulasi: boolean;
  callbackUrl: string;
  diperbarui: string | null;
};

export function viewAplikasi(config: Pick<Config, 'publicUrl'>, platform: Platform, row: AppRow | undefined): AplikasiView {
  return {
    platform,
    nama: platformNames[platform],
    clientId: row?.clientId ?? null,
    adaRahasia: Boolean(row),
    simulasi: row?.simulasi ?? false,
    callbackUrl: callbackUrl(config, platform),
    diperbarui: row?.updatedAt.toISOString() ?? null,
  };
}

/** The five platforms in order, each with the tenant's app (if entered) and the callback URL to register. */
export async function listAplikasi(db: Queryable, config: Pick<Config, 'publicUrl'>, tenantId: string): Promise<AplikasiView[]> {
  const rows = await db.select().from(sosialAplikasi).where(eq(sosialAplikasi.tenantId, tenantId));
  return platforms.map((p) =>
    viewAplikasi(
      config,
      p,
      rows.find((r) => r.platform === p),
    ),
  );
}
