import type { Queryable, Tx } from '../../db/types.ts';
import { setMediaUsage as setUsage } from '../media/media-usage.ts';
import * as media from '../media/render-media.ts';
import type { GambarRender } from './render-isi.ts';

/*
 * Content reaches the media library only through these functions, so the renderers keep
 * their own small photo shape (GambarRender) and the media module keeps its tables.
 */

// The fallback `src` for browsers without srcset: a copy wide enough for a column, not the largest.
const FALLBACK_WIDTH = 1024;

function srcset(sources: media.MediaForRender['sources'], format: 'webp' | 'jpeg'): string {
  return sources
    .filter((s) => s.format === format)
    .map((s) => `${s.url} ${s.width}w`)
    .join(', ');
}

/** Photos (and video posters) by media id for rendering; items without copies are left out. */
export async function getMediaForRender(db: Queryable, ids: readonly string[]): Promise<Map<string, GambarRender>> {
  const found = await media.getMediaForRender(db, [...ids]);
  const byId = new Map<string, GambarRender>();
  for (const item of found) {
    const jpegs = item.sources.filter((s) => s.format === 'jpeg');
    const fallback = jpegs.filter((s) => s.width <= FALLBACK_WIDTH).at(-1) ?? jpegs[0];
    if (!fallback || !item.width || !item.height) continue;
    byId.set(item.id, {
      alt: item.altText,
      width: item.width,
      height: item.height,
      src: fallback.url,
      srcsetWebp: srcset(item.sources, 'webp'),
      srcsetJpeg: srcset(item.sources, 'jpeg'),
      credit: item.credit || null,
    });
  }
  return byId;
}

/** Records the media a published (or unpublished) item shows, so the library serves them and knows where they are used. */
export async function setMediaUsage(
  tx: Tx,
  usage: { tenantId: string; entity: string; entityId: string; mediaIds: readonly string[]; isPublic: boolean },
): Promise<void> {
  await setUsage(tx, { ...usage, mediaIds: [...usage.mediaIds] });
}

/**
 * The media library's name for an item's current revision (its working copy), beside `konten` for
 * the live one: a photo only a draft uses shows as used and cannot be deleted from under it.
 */
export const DRAFT_MEDIA_ENTITY = 'konten_draf';

/**
 * Records the media of an item's current revision as used, not public. An id the library does not
 * know is left out here; approval refuses it with its field (`assertMediaReady`).
 */
export async function setDraftMediaUsage(tx: Tx, tenantId: string, kontenId: string, mediaIds: readonly string[]): Promise<void> {
  await setUsage(tx, { tenantId, entity: DRAFT_MEDIA_ENTITY, entityId: kontenId, mediaIds: [...mediaIds], isPublic: false, unknown: 'skip' });
}

/** Refuses media that may not be published: unknown, still processing, failed, or a photo without alt text. */
export async function assertMediaReady(db: Queryable, tenantId: string, ids: readonly string[]): Promise<void> {
  await media.assertMediaReady(db, tenantId, [...ids]);
}
