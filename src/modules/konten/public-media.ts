import type { Queryable } from '../../db/types.ts';
import { getMediaForRender } from './media-port.ts';
import type { GambarRender } from './render-isi.ts';

/**
 * The photos a public page shows, in one call for the whole page (never one per item). A photo
 * the media module does not give (deleted, not public, still processing) is simply absent.
 */
export async function gambarPublik(db: Queryable, ids: Iterable<string | null | undefined>): Promise<ReadonlyMap<string, GambarRender>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))];
  if (wanted.length === 0) return new Map();
  return getMediaForRender(db, wanted);
}
