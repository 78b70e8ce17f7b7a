import type { GambarRender } from './render-isi.ts';

/**
 * The one way the public pages show a photo of the media library: `<picture>` with the WebP
 * derivatives (320/640/1024/1600) as a `srcset`, a JPEG `<img>` for browsers without WebP, width
 * and height (the page does not jump while it loads), `sizes` from the caller's layout, and lazy
 * loading for everything below the first screen. Used by the body renderer, covers, galleries and
 * list thumbnails, and by the social preview image.
 */

export type Copy = { url: string; width: number };

/** The copies of a `srcset` list, narrowest first. */
export function copiesOf(srcset: string): Copy[] {
  return srcset
    .split(',')
    .map((entry) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
}

export type PictureOptions = {
  /** The `sizes` attribute: how wide the photo is drawn at each screen width. */
  sizes: string;
  /**
   * The widest copy worth offering (a thumbnail: 640). With a limit the JPEG fallback is the
   * smallest copy only, since twenty thumbnails share a page's 30 KB.
   */
  maxWidth?: number;
  /**
   * `eager`: the page's main photo (a cover), fetched first; `first`: on the first screen but not
   * the main one (the first list item); `lazy`: below the fold, fetched when scrolled near.
   */
  loading: 'eager' | 'first' | 'lazy';
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const attr = (value: string) => value.replace(/[&<>"']/g, (ch) => escapes[ch] ?? ch);
const srcsetOf = (copies: Copy[]) => copies.map((c) => `${c.url} ${c.width}w`).join(', ');

/** One photo as a `<picture>` element (HTML text; every value escaped). */
export function pictureHtml(img: GambarRender, o: PictureOptions): string {
  const limit = o.maxWidth ?? Number.POSITIVE_INFINITY;
  const fits = (copies: Copy[]) => {
    const within = copies.filter((c) => c.width <= limit);
    return within.length > 0 ? within : copies.slice(0, 1);
  };
  const webp = fits(copiesOf(img.srcsetWebp));
  const jpeg = fits(copiesOf(img.srcsetJpeg));
  const limited = o.maxWidth !== undefined;
  const src = limited ? (jpeg[0]?.url ?? img.src) : img.src;
  const jpegSet = limited || jpeg.length === 0 ? '' : ` srcset="${attr(srcsetOf(jpeg))}" sizes="${attr(o.sizes)}"`;
  // No decoding="async": twenty list photos would spend ~800 bytes of the page's 30 KB on a hint.
  const loading = o.loading === 'eager' ? ' fetchpriority="high"' : o.loading === 'lazy' ? ' loading="lazy"' : '';
  const source = webp.length > 0 ? `<source type="image/webp" srcset="${attr(srcsetOf(webp))}" sizes="${attr(o.sizes)}">` : '';
  return `<picture>${source}<img src="${attr(src)}"${jpegSet} width="${img.width}" height="${img.height}" alt="${attr(img.alt)}"${loading}></picture>`;
}

/**
 * The copy a social preview or a feed shows: the widest JPEG up to `maxWidth` (link previews
 * are drawn at most ~1200 px wide and not every reader shows WebP), with its own width and height.
 */
export function previewCopy(img: GambarRender, maxWidth = 1600): { url: string; width: number; height: number; alt: string } {
  const copies = copiesOf(img.srcsetJpeg);
  const copy = copies.filter((c) => c.width <= maxWidth).at(-1) ?? copies[0] ?? { url: img.src, width: img.width };
  return { url: copy.url, width: copy.width, height: Math.round((img.height * copy.width) / img.width), alt: img.alt };
}
