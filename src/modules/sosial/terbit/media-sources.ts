import { inArray } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import { derivativeFileName } from '../../media/keys.ts';
import { media } from '../../media/schema.ts';
import { mediaStorage } from '../../media/storage.ts';
import type { MediaSource } from '../adapter.ts';
import { signedMediaUrl } from './media-url.ts';

/**
 * The variant's media as the adapters take them, in the variant's order: a photo is its largest
 * JPEG rendition (every platform takes JPEG; none takes WebP everywhere), a video its original file.
 * `url` is a short-lived signed link ('' when Warta has no public address); `read` and `stream`
 * give the bytes of one range straight from storage for the platforms that take uploads, so a
 * 2 GB video is never held whole in memory (one chunk at most, or a piece of one when streamed).
 */
export async function mediaSourcesOf(services: Services, mediaIds: readonly string[]): Promise<MediaSource[]> {
  if (mediaIds.length === 0) return [];
  const rows = await services.db
    .select()
    .from(media)
    .where(inArray(media.id, [...mediaIds]));
  const storage = mediaStorage(services.config);
  return mediaIds.flatMap((id): MediaSource[] => {
    const row = rows.find((r) => r.id === id);
    if (!row || (row.kind !== 'foto' && row.kind !== 'video')) return [];
    const jpeg = row.derivatives.filter((d) => d.format === 'jpeg' && !d.key.includes('/poster-')).sort((a, b) => b.width - a.width)[0];
    const key = row.kind === 'foto' ? jpeg?.key : row.storageKey;
    if (!key) return [];
    const file = row.kind === 'foto' && jpeg ? derivativeFileName(jpeg) : 'asli';
    const pieces = async function* (start: number, end: number): AsyncIterable<Uint8Array> {
      if (end <= start) return;
      const file = await storage.open(key, { start, end: end - 1 });
      if (!file) throw new Error(`media file missing: ${row.id}`);
      for await (const piece of file.stream) yield piece instanceof Uint8Array ? piece : new Uint8Array(Buffer.from(piece as string));
    };
    return [
      {
        kind: row.kind === 'foto' ? 'image' : 'video',
        mimeType: row.kind === 'foto' ? 'image/jpeg' : row.mediaType,
        bytes: row.kind === 'foto' && jpeg ? jpeg.bytes : row.sizeBytes,
        url: signedMediaUrl(services, row.id, file) ?? '',
        ...(row.altText ? { altText: row.altText } : {}),
        ...(row.durationSeconds ? { durationSec: row.durationSeconds } : {}),
        read: async (start, end) => {
          const parts: Uint8Array[] = [];
          for await (const piece of pieces(start, end)) parts.push(piece);
          return new Uint8Array(Buffer.concat(parts));
        },
        stream: pieces,
      },
    ];
  });
}
