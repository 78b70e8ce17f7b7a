import type { Queryable, Tx } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { setMediaUsage } from '../media/media-usage.ts';
import * as media from '../media/render-media.ts';

/*
 * The site settings reach the media library only through these functions: a logo is one photo of
 * the tenant's library, marked used (and public) by the site that shows it.
 */

/** The media library's name for a site's logo use. */
export const LOGO_ENTITY = 'situs_logo';

/** Refuses a logo that is not a ready photo of the tenant's library, on the field `logoMediaId`. */
export async function assertLogoUsable(db: Queryable, tenantId: string, mediaId: string): Promise<void> {
  try {
    await media.assertMediaReady(db, tenantId, [mediaId]);
  } catch (error) {
    // A logo's alt text is the site's name, whatever the library says about the photo.
    if (error instanceof AppError && error.messageKey !== 'media.alt_required') throw new AppError(error.code, error.messageKey, 'logoMediaId');
    if (!(error instanceof AppError)) throw error;
  }
  const [item] = await media.getMediaForRender(db, [mediaId]);
  if (item?.kind !== 'foto') throw new AppError('invalid', 'situs.invalid.logo', 'logoMediaId');
}

/** Records (or releases, with null) the logo a site shows, so the library serves it to everyone. */
export async function setLogoUsage(tx: Tx, tenantId: string, settingsId: string, mediaId: string | null): Promise<void> {
  await setMediaUsage(tx, { tenantId, entity: LOGO_ENTITY, entityId: settingsId, mediaIds: mediaId ? [mediaId] : [], isPublic: true });
}

/** Height the header shows a logo at, in CSS pixels; its width follows the photo's proportions. */
export const LOGO_HEIGHT = 56;

export type LogoForRender = { src: string; srcsetWebp: string; width: number; height: number };

/** The logo's smallest copies and its box at LOGO_HEIGHT, or null when it has none yet. */
export async function logoForRender(db: Queryable, mediaId: string): Promise<LogoForRender | null> {
  const [item] = await media.getMediaForRender(db, [mediaId]);
  if (!item?.width || !item.height) return null;
  const jpeg = item.sources.find((s) => s.format === 'jpeg');
  if (!jpeg) return null;
  const webp = item.sources.filter((s) => s.format === 'webp').map((s) => `${s.url} ${s.width}w`);
  const width = Math.max(1, Math.round((LOGO_HEIGHT * item.width) / item.height));
  return { src: jpeg.url, srcsetWebp: webp.join(', '), width, height: LOGO_HEIGHT };
}
