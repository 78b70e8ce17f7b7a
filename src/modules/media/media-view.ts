import { derivativeFileName } from './keys.ts';
import type { MediaRow } from './schema.ts';

/** The URL of one of a media item's files under the public prefix. */
export const mediaFileUrl = (mediaId: string, file: string) => `/media/${mediaId}/${file}`;

/** A media item as the API shows it: no storage keys, the copies as URLs. */
export function mediaView(row: MediaRow) {
  return {
    id: row.id,
    unitId: row.unitId,
    kind: row.kind,
    originalName: row.originalName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    width: row.width,
    height: row.height,
    durationSeconds: row.durationSeconds,
    altText: row.altText,
    caption: row.caption,
    credit: row.credit,
    privacy: row.privacy,
    tags: row.tags,
    state: row.state,
    stateNote: row.stateNote,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    derivatives: row.derivatives.map((d) => ({ width: d.width, format: d.format, bytes: d.bytes, url: mediaFileUrl(row.id, derivativeFileName(d)) })),
    downloadUrl: row.storageKey && row.state !== 'menunggu' ? `/api/media/${row.id}/berkas` : null,
  };
}

export type MediaView = ReturnType<typeof mediaView>;
