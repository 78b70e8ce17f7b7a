import { raw } from 'hono/html';
import type { GambarRender } from '../render-isi.ts';
import { pictureHtml } from '../responsive-image.ts';

const THUMB_MAX_WIDTH = 640;
const THUMB_SIZES = '(max-width: 40rem) 100vw, 14rem';

/**
 * A list's photo, kept small because twenty of them share the page's 30 KB: WebP copies up to
 * 640 px (a thumbnail is at most ~14rem wide, twice that on a dense screen; a phone shows it
 * full-width at that sharpness), the smallest JPEG for a browser without WebP, width and height
 * so the page does not jump, and lazy loading below the first item (whose photo is on the first
 * screen of a phone, so waiting for it would only delay it). No caption: the item's page has it.
 */
export function Thumbnail({ img, first = false }: { img: GambarRender; first?: boolean }) {
  return <figure>{raw(pictureHtml(img, { sizes: THUMB_SIZES, maxWidth: THUMB_MAX_WIDTH, loading: first ? 'first' : 'lazy' }))}</figure>;
}
