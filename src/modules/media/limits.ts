import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { type MediaKind, mediaLimits } from './schema.ts';

export type MediaLimits = Record<MediaKind, number>;

const MB = 1024 * 1024;

/** Defaults until the admin sets others: a phone photo, a long documentation video, a report. */
export const DEFAULT_MEDIA_LIMITS: MediaLimits = { foto: 20 * MB, video: 2048 * MB, dokumen: 50 * MB };

/** The most any limit may be set to: what one S3 PUT and a day's upload on a weak link allow. */
export const MEDIA_LIMIT_CEILING = 5 * 1024 * MB;

/** A tenant's upload limits per kind, in bytes. */
export async function getMediaLimits(db: Queryable, tenantId: string): Promise<MediaLimits> {
  const [row] = await db.select().from(mediaLimits).where(eq(mediaLimits.tenantId, tenantId));
  return row ? { foto: row.fotoMaxBytes, video: row.videoMaxBytes, dokumen: row.dokumenMaxBytes } : { ...DEFAULT_MEDIA_LIMITS };
}

/** The kind an upload says it is by its declared type; used only to refuse an oversized upload early. */
export function declaredKind(type: string | null | undefined): MediaKind | null {
  if (!type) return null;
  if (type.startsWith('image/')) return 'foto';
  if (type.startsWith('video/')) return 'video';
  return 'dokumen';
}
