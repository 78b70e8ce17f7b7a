import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { AppError } from '../../../lib/errors.ts';
import { revisiOf } from '../../konten/load-konten.ts';
import { konten } from '../../konten/schema.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialVarian } from '../schema.ts';
import { approvalHashOf } from './approval-hash.ts';
import { itemLink } from './load-variants.ts';
import { type AnySettings, adapterSettings } from './settings.ts';

/** One approved variant, ready for an adapter's PublishRequest (with the account's credentials and the media sources). */
export type ApprovedVariant = {
  akunId: string;
  platform: Platform;
  text: string;
  /** YouTube's video title (TikTok photo title); null where the platform has none. */
  title: string | null;
  /** X: the further posts of the thread. */
  thread: string[];
  mediaIds: string[];
  /** Facebook link posts: the item's public page (PublishRequest.link); null otherwise. */
  link: string | null;
  /** The platform's switches in the adapters' words (PublishRequest.settings). */
  settings: Record<string, string | boolean | string[] | null>;
};

/**
 * The variants the head approved, per active account, for the publisher — exactly what the
 * approval hash binds. Refuses (409 `konten.approval_stale`) when the item has no valid approval:
 * not approved, edited since, or a variant changed since. `publicUrl` is the configured address
 * (services.config.publicUrl) the item's public link is built on.
 */
export async function approvedVariants(db: Queryable, kontenId: string, publicUrl: string): Promise<ApprovedVariant[]> {
  const [row] = await db.select().from(konten).where(eq(konten.id, kontenId));
  if (!row) throw new AppError('not_found', 'konten.not_found');
  if (!row.approvedRevisionId || row.approvedRevisionId !== row.currentRevisionId) throw new AppError('conflict', 'konten.approval_stale');
  const approved = await revisiOf(db, row.id, row.approvedRevisionId);
  if ((await approvalHashOf(db, row.id, approved.hash)) !== row.approvedHash) throw new AppError('conflict', 'konten.approval_stale');
  const rows = await db
    .select({ v: sosialVarian, platform: sosialAkun.platform })
    .from(sosialVarian)
    .innerJoin(sosialAkun, eq(sosialAkun.id, sosialVarian.akunId))
    .where(and(eq(sosialVarian.kontenId, kontenId), eq(sosialVarian.aktif, true)))
    .orderBy(asc(sosialAkun.platform), asc(sosialAkun.nama));
  const link = await itemLink(db, publicUrl, row, approved);
  return rows.map(({ v, platform }) => ({
    akunId: v.akunId,
    platform: platform as Platform,
    text: v.teks,
    title: v.judul,
    thread: v.utas,
    mediaIds: v.mediaIds,
    link: platform === 'facebook' && v.pengaturan.postType === 'link' ? link : null,
    settings: adapterSettings(platform as Platform, v.pengaturan as AnySettings),
  }));
}
