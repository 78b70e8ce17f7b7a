import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../../site/resolve-site.ts';
import type { CentralKonten, UnitTerbaru } from '../public-central.ts';
import { tanggalPanjang } from './tanggal.ts';

/** "Dari perangkat daerah": the units' items the Media Center published centrally, on the pemda's home. */
export function CentralList({ ctx, items }: { ctx: SiteContext; items: CentralKonten[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="media-center">
      <h2 id="media-center">{t(ctx.lang, 'konten.publik.media_center')}</h2>
      <ol class="kabar-list">
        {items.map((item) => (
          <li key={item.id} class="kabar">
            <h3>
              <a href={siteHref(ctx, item.path)}>{item.judul}</a>
            </h3>
            <p class="meta">
              <time datetime={item.publishedAt.toISOString()}>{tanggalPanjang(ctx.lang, ctx.tenant.timeZone, item.publishedAt)}</time> · {item.unitName}
            </p>
            {item.ringkasan ? <p>{item.ringkasan.length > 160 ? `${item.ringkasan.slice(0, 157).trimEnd()}…` : item.ringkasan}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** "Berita terbaru perangkat daerah": the newest news of every unit, each with its unit, on the pemda's home. */
export function TerbaruList({ ctx, items }: { ctx: SiteContext; items: UnitTerbaru[] }) {
  return (
    <section aria-labelledby="terbaru-unit">
      <h2 id="terbaru-unit">{t(ctx.lang, 'konten.publik.pemda.terbaru')}</h2>
      {items.length === 0 ? (
        <p class="empty">{t(ctx.lang, 'konten.publik.pemda.terbaru_kosong')}</p>
      ) : (
        <ol class="kabar-list">
          {items.map((item) => (
            <li key={item.id} class="kabar">
              <h3>
                <a href={siteHref(ctx, item.path)}>{item.judul}</a>
              </h3>
              <p class="meta">
                <time datetime={item.publishedAt.toISOString()}>{tanggalPanjang(ctx.lang, ctx.tenant.timeZone, item.publishedAt)}</time> · {item.unitName}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
