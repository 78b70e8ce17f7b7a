import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { derivativeFileName } from './keys.ts';
import { mediaFileUrl } from './media-view.ts';
import { media } from './schema.ts';

/** What a public page needs to show a media item: words, size and the URLs of its copies. */
export type MediaForRender = {
  id: string;
  kind: 'foto' | 'video' | 'dokumen';
  altText: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  /** Responsive copies (of the photo, or of a video's poster), narrowest first. */
  sources: Array<{ width: number; format: 'webp' | 'jpeg'; url: string }>;
};

/**
 * The media items for a page, by id, in the order asked (missing ids are left out). The URLs
 * answer to everyone only once `setMediaUsage` marked the item used by something public.
 */
export async function getMediaForRender(db: Queryable, ids: string[]): Promise<MediaForRender[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(media)
    .where(inArray(media.id, [...new Set(ids)]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const sources = [...row.derivatives]
      .sort((a, b) => a.width - b.width || a.format.localeCompare(b.format))
      .map((d) => ({ width: d.width, format: d.format, url: mediaFileUrl(row.id, derivativeFileName(d)) }));
    return [
      {
        id: row.id,
        kind: row.kind,
        altText: row.altText,
        caption: row.caption,
        credit: row.credit,
        width: row.width,
        height: row.height,
        durationSeconds: row.durationSeconds,
        sources,
      },
    ];
  });
}

/**
 * Refuses to publish with media that are not ready: an unknown id, a file still processing or
 * failed, or an image without alt text (a reader who cannot see it must be told what it shows).
 * The error names the field `media.{index}` of the id at fault.
 */
export async function assertMediaReady(db: Queryable, tenantId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: media.id, kind: media.kind, altText: media.altText, state: media.state })
    .from(media)
    .where(and(eq(media.tenantId, tenantId), inArray(media.id, [...new Set(ids)])));
  const byId = new Map(rows.map((r) => [r.id, r]));
  ids.forEach((id, index) => {
    const row = byId.get(id);
    const field = `media.${index}`;
    if (!row) throw new AppError('invalid', 'media.unknown', field);
    if (row.state === 'menunggu') throw new AppError('invalid', 'media.not_ready', field);
    if (row.state === 'gagal') throw new AppError('invalid', 'media.failed', field);
    if (row.kind === 'foto' && row.altText.trim() === '') throw new AppError('invalid', 'media.alt_required', field);
  });
}
