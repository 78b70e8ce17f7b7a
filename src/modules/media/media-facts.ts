import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { derivativeFileName } from './keys.ts';
import { mediaFileUrl } from './media-view.ts';
import { media } from './schema.ts';

/** A photo or video as a social platform receives it: what its limits are checked against. */
export type MediaFact = {
  id: string;
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width?: number;
  height?: number;
  durationSec?: number;
  alt: string;
  /** A small copy for a picker (a photo, or a video's poster); null while processing. */
  thumbUrl: string | null;
};

/**
 * Photos and videos of the tenant by id, in the order asked (documents and unknown ids left out).
 * A photo is sent as its largest JPEG copy, so its type, bytes and size are that copy's; a video
 * is sent as uploaded.
 */
export async function mediaFacts(db: Queryable, tenantId: string, ids: readonly string[]): Promise<MediaFact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(media)
    .where(and(eq(media.tenantId, tenantId), inArray(media.id, [...new Set(ids)])));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id): MediaFact[] => {
    const row = byId.get(id);
    if (!row || row.kind === 'dokumen') return [];
    const copies = [...row.derivatives].sort((a, b) => a.width - b.width);
    const thumb = copies.find((d) => d.width >= 160) ?? copies.at(-1);
    const base = { id: row.id, alt: row.altText, thumbUrl: thumb ? mediaFileUrl(row.id, derivativeFileName(thumb)) : null };
    const size = (w: number | null, h: number | null) => ({ ...(w ? { width: w } : {}), ...(h ? { height: h } : {}) });
    if (row.kind === 'video')
      return [
        {
          ...base,
          kind: 'video' as const,
          mimeType: row.mediaType,
          bytes: row.sizeBytes,
          ...size(row.width, row.height),
          ...(row.durationSeconds !== null ? { durationSec: row.durationSeconds } : {}),
        },
      ];
    const jpeg = copies.filter((d) => d.format === 'jpeg').at(-1);
    if (!jpeg) return [{ ...base, kind: 'image' as const, mimeType: row.mediaType, bytes: row.sizeBytes, ...size(row.width, row.height) }];
    const height = row.width && row.height ? Math.round((row.height * jpeg.width) / row.width) : null;
    return [{ ...base, kind: 'image' as const, mimeType: 'image/jpeg', bytes: jpeg.bytes, ...size(jpeg.width, height) }];
  });
}
