import type { Queryable, Tx } from '../../db/types.ts';
import type { GambarRender } from './render-isi.ts';

/*
 * THE ONE PLACE THE LEAD WIRES TO `src/modules/media` AT MERGE TIME.
 *
 * The media module (branch `media`) exports `getMediaForRender`, `setMediaUsage` and
 * `assertMediaReady`. Until it is merged, these stand-ins let content work without a media
 * library: no photo is rendered (pages leave it out, never broken), no usage is recorded and every
 * media id is accepted. At merge, replace each body with a call to the media module's function of
 * the same name; the content module calls only these three.
 */

/** Photos by media id for rendering; without the media module: none (renderers leave them out). */
export async function getMediaForRender(_db: Queryable, _ids: readonly string[]): Promise<Map<string, GambarRender>> {
  return new Map();
}

/** Records where media are used and whether that use is public; without the media module: nothing to record. */
export async function setMediaUsage(
  _tx: Tx,
  _usage: { tenantId: string; entity: string; entityId: string; mediaIds: readonly string[]; isPublic: boolean },
): Promise<void> {}

/** Refuses media that may not be published (an image without alt text); without the media module: accepts. */
export async function assertMediaReady(_db: Queryable, _tenantId: string, _ids: readonly string[]): Promise<void> {}
