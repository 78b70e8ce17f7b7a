import { and, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Queryable } from '../../db/types.ts';
import type { AppEnv } from '../../http/env.ts';
import { attachmentDisposition } from '../lampiran/file-name.ts';
import { streamStored } from '../media/file-routes.ts';
import { isMediaPublic } from '../media/media-usage.ts';
import { media, mediaUsage } from '../media/schema.ts';

/** A publication's document as its download link describes it: name, type and size, so a reader on a slow line can decide. */
export type DokumenPublik = { id: string; name: string; mediaType: string; sizeBytes: number };

/**
 * The documents of a live publication, in the order the editor gave. Only files the media library
 * serves publicly (marked so when the item was published) and still has are listed.
 */
export async function dokumenPublik(db: Queryable, ids: readonly string[]): Promise<DokumenPublik[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: media.id,
      name: media.originalName,
      mediaType: media.mediaType,
      sizeBytes: media.sizeBytes,
      storageKey: media.storageKey,
      state: media.state,
    })
    .from(media)
    .where(and(inArray(media.id, [...new Set(ids)]), sql`exists (select 1 from ${mediaUsage} u where u.media_id = ${media.id} and u.is_public)`));
  const byId = new Map(rows.filter((r) => r.storageKey && r.state !== 'menunggu' && r.state !== 'gagal').map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, name: r.name, mediaType: r.mediaType, sizeBytes: r.sizeBytes }] : [];
  });
}

/**
 * Streams one file of a live item (a publication's document, an uploaded video), or null when it
 * is not one of the item's files or not public (the caller answers 404). A document is never
 * rendered in the site's origin: an attachment with its recognised type, `nosniff` and a sandbox.
 */
export async function sendDokumen(
  c: Context<AppEnv>,
  db: Queryable,
  dokumenIds: readonly string[],
  mediaId: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): Promise<Response | null> {
  if (!dokumenIds.includes(mediaId)) return null;
  const [row] = await db
    .select()
    .from(media)
    .where(inArray(media.id, [mediaId]));
  if (!row?.storageKey || !(await isMediaPublic(db, row.id))) return null;
  return streamStored(c, row.storageKey, {
    'Content-Type': row.mediaType,
    // A video plays in the page's <video>; a document is always a download, never rendered here.
    'Content-Disposition': disposition === 'inline' ? 'inline' : attachmentDisposition(row.originalName),
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'public, max-age=3600',
  });
}
