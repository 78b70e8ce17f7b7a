import { createHmac } from 'node:crypto';
import { safeEqual } from '../../../lib/crypto.ts';
import type { Services } from '../../../services.ts';
import type { Platform } from '../platform.ts';

/** How long a platform may fetch a file after the link is made: containers and pulls start within minutes. */
export const MEDIA_LINK_SECONDS = 2 * 60 * 60;

/** The file of a media item a platform gets: a JPEG rendition (`1600.jpg`) or the original video (`asli`). */
export const mediaFilePattern = /^(\d{1,4}\.jpg|asli)$/;

const signature = (services: Services, mediaId: string, file: string, exp: number) =>
  createHmac('sha256', services.secrets.derive('sosial-media-link')).update(`${mediaId}/${file}/${exp}`).digest('base64url');

/**
 * A short-lived public link to one file, for the platforms that fetch media themselves: the expiry
 * is in the link and the HMAC (a key derived from the installation's secret) covers item, file and
 * expiry, so the link cannot be stretched or pointed at another file. Null when no public address
 * is configured (`WARTA_SOSIAL_MEDIA_URL`). The admin's download link of a manual post uses the
 * same route under Warta's own address.
 */
export function signedMediaUrl(services: Services, mediaId: string, file: string, now = Date.now(), base = services.config.sosialMediaUrl): string | null {
  if (!base) return null;
  const exp = Math.floor(now / 1000) + MEDIA_LINK_SECONDS;
  return `${base}/sosial/berkas/${mediaId}/${file}?exp=${exp}&sig=${signature(services, mediaId, file, exp)}`;
}

/** Whether a link's signature is right and it has not expired. */
export function mediaLinkValid(services: Services, mediaId: string, file: string, exp: string | undefined, sig: string | undefined, now = Date.now()): boolean {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  if (Number(exp) * 1000 < now) return false;
  return safeEqual(sig, signature(services, mediaId, file, Number(exp)));
}

/**
 * The platforms whose adapters hand the platform a link to fetch rather than upload bytes, for a
 * post with these kinds of media: Instagram always (Content Publishing takes only `image_url` and
 * `video_url`), TikTok photos (`PULL_FROM_URL` is the only photo source). Facebook (photos as
 * multipart `source`, videos through the resumable upload), X and YouTube upload the bytes;
 * TikTok uploads videos in chunks.
 */
export function fetchesByLink(platform: Platform, kinds: ReadonlyArray<'image' | 'video'>): boolean {
  if (kinds.length === 0) return false;
  if (platform === 'instagram') return true;
  return platform === 'tiktok' && kinds.includes('image');
}
