import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../../site/resolve-site.ts';
import type { CentralKonten } from '../public-central.ts';
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
