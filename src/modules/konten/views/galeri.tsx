import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { GambarRender } from '../render-isi.ts';

const GRID_MAX_WIDTH = 640;
const GRID_SIZES = '(max-width: 40rem) 50vw, 15rem';
// The photos of the first row show on a phone's first screen; the rest wait until scrolled near.
const EAGER = 2;

function copies(srcset: string): Array<{ url: string; width: number }> {
  return srcset
    .split(',')
    .map((entry) => /^\s*(\S+)\s+(\d+)w\s*$/.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ url: m[1]!, width: Number(m[2]) }))
    .sort((a, b) => a.width - b.width);
}

/**
 * A photo set as a grid: each photo from the media library's copies up to 640 px (WebP, the
 * smallest JPEG as fallback) with width and height so nothing jumps, linking to its largest JPEG
 * for a closer look — plain links, no script. Photos the library does not serve are left out.
 */
export function GaleriGrid({ ctx, ids, gambar }: { ctx: SiteContext; ids: readonly string[]; gambar: ReadonlyMap<string, GambarRender> }) {
  const photos = ids.map((id) => [id, gambar.get(id)] as const).filter((p): p is readonly [string, GambarRender] => p[1] !== undefined);
  if (photos.length === 0) return null;
  return (
    <ul class="galeri">
      {photos.map(([id, img], index) => {
        const webp = copies(img.srcsetWebp).filter((c) => c.width <= GRID_MAX_WIDTH);
        const jpegs = copies(img.srcsetJpeg);
        const full = jpegs.at(-1)?.url ?? img.src;
        return (
          <li key={id}>
            <figure>
              <a href={full} aria-label={t(ctx.lang, 'konten.publik.galeri.buka', { alt: img.alt })}>
                <picture>
                  {webp.length > 0 ? <source type="image/webp" srcset={webp.map((c) => `${c.url} ${c.width}w`).join(', ')} sizes={GRID_SIZES} /> : null}
                  <img
                    src={jpegs[0]?.url ?? img.src}
                    width={img.width}
                    height={img.height}
                    alt={img.alt}
                    loading={index < EAGER ? undefined : 'lazy'}
                    decoding="async"
                  />
                </picture>
              </a>
              {img.credit ? <figcaption class="kredit">{img.credit}</figcaption> : null}
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
