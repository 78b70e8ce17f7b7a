import type { Queryable } from '../../db/types.ts';
import type { GambarRender } from './render-isi.ts';

// PLACEHOLDER of the konten-web branch only: the backend helper owns this file (branch `konten`)
// and the lead wires it to the media module at merge. Until then no photo is known, and public
// pages leave photos out (the renderer never shows a missing one broken).
export async function getMediaForRender(_db: Queryable, _ids: string[]): Promise<Map<string, GambarRender>> {
  return new Map();
}
