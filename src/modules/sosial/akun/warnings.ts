import { and, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { OrgActor } from '../../org/actor.ts';
import { units } from '../../org/schema.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun } from '../schema.ts';
import type { AkunRow } from './load-akun.ts';
import { mayManageAkun } from './policy.ts';

/**
 * When the refresh job renews a token, per platform: X lives 2 h, Google 1 h, TikTok 24 h; Meta's
 * long-lived user token (Instagram) about 60 days. Facebook Page tokens never expire.
 */
export const refreshAheadMs: Record<Platform, number> = {
  facebook: 10 * 86_400_000,
  instagram: 10 * 86_400_000,
  x: 30 * 60_000,
  youtube: 20 * 60_000,
  tiktok: 2 * 3_600_000,
};

/** `perlu_sambung_ulang`: a person must connect again. `segera_kedaluwarsa`: refreshing has kept failing and the token runs out soon. */
export type AkunWarning = 'perlu_sambung_ulang' | 'segera_kedaluwarsa' | null;

/** A warning is due once half the refresh margin has passed without a successful refresh. */
export function akunWarning(row: Pick<AkunRow, 'status' | 'mode' | 'platform' | 'tokenExpiresAt'>, now = new Date()): AkunWarning {
  if (row.status === 'perlu_sambung_ulang') return 'perlu_sambung_ulang';
  if (row.status !== 'terhubung' || row.mode !== 'api' || !row.tokenExpiresAt) return null;
  const left = row.tokenExpiresAt.getTime() - now.getTime();
  return left < refreshAheadMs[row.platform as Platform] / 2 ? 'segera_kedaluwarsa' : null;
}

/** The accounts that need this person (the units they keep accounts of), for the home card. */
export async function akunWarnings(db: Queryable, actor: OrgActor, now = new Date()) {
  const unitRows = await db
    .select({ id: units.id, name: units.name, isMediaCenter: units.isMediaCenter })
    .from(units)
    .where(eq(units.tenantId, actor.tenantId));
  const kept = unitRows.filter((u) => mayManageAkun(actor, u));
  if (kept.length === 0) return [];
  const rows = await db
    .select()
    .from(sosialAkun)
    .where(
      and(
        inArray(
          sosialAkun.unitId,
          kept.map((u) => u.id),
        ),
        ne(sosialAkun.status, 'terputus'),
        or(
          eq(sosialAkun.status, 'perlu_sambung_ulang'),
          and(isNotNull(sosialAkun.tokenExpiresAt), sql`${sosialAkun.tokenExpiresAt} < ${new Date(now.getTime() + 10 * 86_400_000)}`),
        ),
      ),
    );
  return rows.flatMap((r) => {
    const peringatan = akunWarning(r, now);
    if (!peringatan) return [];
    const unit = kept.find((u) => u.id === r.unitId)!;
    return [
      {
        akunId: r.id,
        unitId: r.unitId,
        unitName: unit.name,
        platform: r.platform,
        nama: r.nama,
        peringatan,
        tokenExpiresAt: r.tokenExpiresAt?.toISOString() ?? null,
        simulasi: r.simulasi,
      },
    ];
  });
}
