import type { GambarRender } from '../render-isi.ts';

const THUMB_MAX_WIDTH = 640;
const THUMB_SIZES = '(max-width: 40rem) 100vw, 14rem';

type Copy = { url: string; width: number };

function copiesOf(srcset: string): Copy[] {
  return srcset
    .split(',')
    .map((entry) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
}

/**
 * A list's photo, kept small because twenty of them share the page's 30 KB: WebP copies up to
 * 640 px (a thumbnail is at most ~14rem wide, twice that on a dense screen; a phone shows it
 * full-width at that sharpness), the smallest JPEG for a browser without WebP, width and height
 * so the page does not jump, and lazy loading. No caption: the item's page has it.
 */
export function Thumbnail({ img }: { img: GambarRender }) {
  const webp = copiesOf(img.srcsetWebp).filter((c) => c.width <= THUMB_MAX_WIDTH);
  const jpeg = copiesOf(img.srcsetJpeg)[0]?.url ?? img.src;
  return (
    <figure>
      <picture>
        {webp.length > 0 ? <source type="image/webp" srcset={webp.map((c) => `${c.url} ${c.width}w`).join(', ')} sizes={THUMB_SIZES} /> : null}
        <img src={jpeg} width={img.width} height={img.height} alt={img.alt} loading="lazy" decoding="async" />
      </picture>
    </figure>
  );
}
