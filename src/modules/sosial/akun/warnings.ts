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

/** A refresh token's own end (TikTok's lasts a year) is warned of this long ahead: refreshing cannot move it. */
export const REFRESH_END_WARNING_MS = 14 * 86_400_000;

/** `perlu_sambung_ulang`: a person must connect again. `segera_kedaluwarsa`: the connection runs out soon and refreshing has not moved it. */
export type AkunWarning = 'perlu_sambung_ulang' | 'segera_kedaluwarsa' | null;

type ExpiryFacts = Pick<AkunRow, 'status' | 'mode' | 'platform' | 'tokenExpiresAt'> & { refreshExpiresAt?: Date | null };

/**
 * A warning is due once half the refresh margin has passed without a successful refresh, or when
 * the refresh token itself ends within REFRESH_END_WARNING_MS.
 */
export function akunWarning(row: ExpiryFacts, now = new Date()): AkunWarning {
  if (row.status === 'perlu_sambung_ulang') return 'perlu_sambung_ulang';
  if (row.status !== 'terhubung' || row.mode !== 'api') return null;
  return tokenEndNear(row, now) || refreshEndNear(row, now) ? 'segera_kedaluwarsa' : null;
}

const tokenEndNear = (row: ExpiryFacts, now: Date) =>
  !!row.tokenExpiresAt && row.tokenExpiresAt.getTime() - now.getTime() < refreshAheadMs[row.platform as Platform] / 2;
const refreshEndNear = (row: ExpiryFacts, now: Date) => !!row.refreshExpiresAt && row.refreshExpiresAt.getTime() - now.getTime() < REFRESH_END_WARNING_MS;

/** The date a `segera_kedaluwarsa` warning names: the earliest end that is near (the token's, or the refresh token's). */
export function warningUntil(row: ExpiryFacts, now = new Date()): Date | null {
  const near = [tokenEndNear(row, now) ? row.tokenExpiresAt : null, refreshEndNear(row, now) ? row.refreshExpiresAt : null].filter((d): d is Date => !!d);
  if (near.length === 0) return row.tokenExpiresAt;
  return new Date(Math.min(...near.map((d) => d.getTime())));
}

/**
 * The end a warning mail is due for, or null. Only ends that refreshing cannot move are mailed:
 * the refresh token's own end, and Meta's long-lived token (it has no refresh token; the job's
 * exchange has not moved it for half the margin). An X, YouTube or TikTok access token near its
 * end is not: its refresh token still renews it, and a refresh that fails for good marks the
 * account `perlu_sambung_ulang`, which is mailed on its own.
 */
export function expiryMailDue(row: ExpiryFacts, now = new Date()): Date | null {
  if (row.status !== 'terhubung' || row.mode !== 'api') return null;
  if (refreshEndNear(row, now)) return row.refreshExpiresAt!;
  const meta = row.platform === 'facebook' || row.platform === 'instagram';
  return meta && tokenEndNear(row, now) ? row.tokenExpiresAt : null;
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
          and(isNotNull(sosialAkun.refreshExpiresAt), sql`${sosialAkun.refreshExpiresAt} < ${new Date(now.getTime() + REFRESH_END_WARNING_MS)}`),
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
        /** The date the warning names (the refresh token's end, or the token's). */
        peringatanSampai: peringatan === 'segera_kedaluwarsa' ? (warningUntil(r, now)?.toISOString() ?? null) : null,
        simulasi: r.simulasi,
      },
    ];
  });
}
