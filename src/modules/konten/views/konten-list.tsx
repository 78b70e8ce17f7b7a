import { t } from '../../../i18n/catalogue.ts';
import { type SiteContext, siteHref } from '../../site/resolve-site.ts';
import { unitPath } from '../../site/site-menu.ts';
import type { PublicKontenRingkas } from '../public-list.ts';
import { publicSegmentsOf } from '../public-path.ts';
import type { GambarRender } from '../render-isi.ts';
import { tanggalPanjang } from './tanggal.ts';
import { Thumbnail } from './thumbnail.tsx';

/** A unit's bidang as the public pages need them: address segment and name, by id. */
export type BidangPublik = ReadonlyMap<string, { slug: string; name: string }>;

type ListProps = {
  ctx: SiteContext;
  items: PublicKontenRingkas[];
  gambar: ReadonlyMap<string, GambarRender>;
  bidang: BidangPublik;
  /** The items' heading level: 2 on a list page, 3 under the home's "Berita terbaru". */
  level?: 2 | 3;
  /** Whether to name each item's bidang (not on a page that lists one bidang only). */
  showBidang?: boolean;
};

/** The photo a list shows for an item: its cover, or a gallery's first photo. */
export function sampulOf(item: Pick<PublicKontenRingkas, 'coverMediaId' | 'atribut'>): string | null {
  return item.coverMediaId ?? item.atribut.foto?.[0] ?? null;
}

/** The summary a list shows: the writer's own, cut at a word near 140 characters (twenty of them share the page's 30 KB budget). */
function cut(text: string, max = 140): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(' ', max);
  return `${text.slice(0, at > max / 2 ? at : max).trimEnd()}…`;
}

/** A public list of live items, newest first: thumbnail, title linked to the item, date, bidang or byline, summary. */
export function KontenList({ ctx, items, gambar, bidang, level = 2, showBidang = true }: ListProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const slugs = new Map([...bidang].map(([id, b]) => [id, b.slug]));
  return (
    <ol class="kabar-list">
      {items.map((item, index) => {
        const href = siteHref(ctx, unitPath(ctx, ...publicSegmentsOf(item, slugs)));
        const cover = sampulOf(item);
        const photo = cover ? gambar.get(cover) : undefined;
        const fotos = item.jenis === 'galeri' ? (item.atribut.foto?.length ?? 0) : 0;
        const division = showBidang && item.bidangId ? bidang.get(item.bidangId)?.name : undefined;
        return (
          <li key={item.id} class={photo ? 'kabar has-foto' : 'kabar'}>
            <Heading>
              <a href={href}>{item.judul}</a>
            </Heading>
            {photo ? <Thumbnail img={photo} first={index === 0} /> : null}
            <p class="meta">
              <time datetime={item.publishedAt.toISOString()}>{tanggalPanjang(ctx.lang, ctx.tenant.timeZone, item.publishedAt)}</time>
              {division ? ` · ${division}` : null}
              {item.penulis ? ` · ${t(ctx.lang, 'konten.publik.oleh', { nama: item.penulis })}` : null}
              {fotos > 0 ? ` · ${t(ctx.lang, 'konten.publik.galeri.jumlah', { n: fotos })}` : null}
            </p>
            {item.ringkasan ? <p>{cut(item.ringkasan)}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
