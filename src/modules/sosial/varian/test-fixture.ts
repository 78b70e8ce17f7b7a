import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { media } from '../../media/schema.ts';
import { units } from '../../org/schema.ts';
import type { Platform } from '../platform.ts';
import { platforms } from '../platform.ts';
import { sosialAkun } from '../schema.ts';

/** An account of a unit written straight into the accounts table (the OAuth screens are another module's). */
export async function addAkun(
  db: Queryable,
  o: { tenantId: string; unitId: string; platform: Platform; nama?: string; mode?: 'api' | 'manual'; status?: string },
) {
  const [row] = await db
    .insert(sosialAkun)
    .values({
      tenantId: o.tenantId,
      unitId: o.unitId,
      platform: o.platform,
      nama: o.nama ?? `Humas ${o.platform}`,
      mode: o.mode ?? 'api',
      status: o.status ?? 'terhubung',
      externalAccountId: randomUUID(),
      simulasi: true,
    })
    .returning();
  return row!;
}

/** A processed photo (1200×800, a 1200 px JPEG copy of 300 KB) or an MP4 video of the media library, with alt text. */
export async function addMedia(db: Queryable, o: { tenantId: string; unitId: string; kind: 'foto' | 'video'; durationSec?: number; bytes?: number }) {
  const id = randomUUID();
  const photo = o.kind === 'foto';
  await db.insert(media).values({
    id,
    tenantId: o.tenantId,
    unitId: o.unitId,
    kind: o.kind,
    originalName: photo ? 'foto.jpg' : 'video.mp4',
    mediaType: photo ? 'image/jpeg' : 'video/mp4',
    sizeBytes: o.bytes ?? (photo ? 2_000_000 : 40_000_000),
    width: photo ? 1200 : 1080,
    height: photo ? 800 : 1920,
    durationSeconds: photo ? null : (o.durationSec ?? 45),
    storageKey: `uji/${id}`,
    derivatives: [
      { width: 320, format: 'jpeg', key: `uji/${id}-320.jpg`, bytes: 20_000, etag: 'a' },
      { width: 1200, format: 'jpeg', key: `uji/${id}-1200.jpg`, bytes: o.bytes ?? 300_000, etag: 'b' },
    ],
    altText: 'Kepala dinas menyerahkan bantuan',
    state: 'siap',
  });
  return id;
}

/** One simulated account per platform for a demo unit (the browser journeys), named "Humas <unit> (<platform>)". */
export async function addDemoAccounts(db: Queryable, unitSlug: string) {
  const [unit] = await db.select().from(units).where(eq(units.slug, unitSlug));
  if (!unit) throw new Error(`no unit ${unitSlug}`);
  for (const platform of platforms) await addAkun(db, { tenantId: unit.tenantId, unitId: unit.id, platform, nama: `Humas ${unit.name} (${platform})` });
}
