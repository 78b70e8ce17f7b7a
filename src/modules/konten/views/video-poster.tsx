import { t } from '../../../i18n/catalogue.ts';
import type { SiteContext } from '../../site/resolve-site.ts';
import type { GambarRender } from '../render-isi.ts';

/**
 * A YouTube video, click-to-load: the cover photo from our own media library (never YouTube's
 * thumbnail) and a plain link to the video on YouTube. Nothing on the page comes from YouTube, so
 * a reader is not tracked and pays no data until they choose to watch.
 */
export function VideoYoutube({ ctx, videoId, poster }: { ctx: SiteContext; videoId: string; poster?: GambarRender }) {
  const href = `https://www.youtube.com/watch?v=${videoId}`;
  const label = t(ctx.lang, 'konten.publik.video.tonton');
  return (
    <div class="video-poster">
      <a href={href} rel="noopener noreferrer">
        {poster ? (
          <picture>
            <source type="image/webp" srcset={poster.srcsetWebp} sizes="(max-width: 48rem) 100vw, 48rem" />
            <img src={poster.src} width={poster.width} height={poster.height} alt={poster.alt} fetchpriority="high" />
          </picture>
        ) : null}
        <span class="putar">{label}</span>
      </a>
      <p>
        <small>{t(ctx.lang, 'konten.publik.video.catatan')}</small>
      </p>
    </div>
  );
}

/** An uploaded video played by the browser from this site, loading nothing until the reader presses play. */
export function VideoUnggahan({ src, poster, type }: { src: string; poster?: GambarRender; type: string }) {
  return (
    // biome-ignore lint/a11y/useMediaCaption: the media library keeps no caption files yet; the item's text above describes the video
    <video class="video" controls preload="none" poster={poster?.src} width={poster?.width} height={poster?.height}>
      <source src={src} type={type} />
    </video>
  );
}
