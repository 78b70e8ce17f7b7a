import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { Lang } from '../../../i18n/catalogue.ts';
import type { Block } from '../../konten/isi-schema.ts';
import { dokumenPublik } from '../../konten/public-dokumen.ts';
import { gambarPublik } from '../../konten/public-media.ts';
import { publicSegmentsOf } from '../../konten/public-path.ts';
import { type GambarRender, type RenderOptions, renderGambar, renderIsi } from '../../konten/render-isi.ts';
import { konten, kontenRevisi } from '../../konten/schema.ts';
import type { Atribut } from '../../konten/terms.ts';
import { DokumenList } from '../../konten/views/dokumen-list.tsx';
import { youtubeIdOf } from '../../konten/views/konten-page.tsx';
import { absoluteUrl, type SiteAddress } from '../meta/site-address.ts';
import type { SiteContext } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';
import type { FeedItem } from './feed-items.ts';

/**
 * The full text of feed items as HTML, for RSS `content:encoded` and Atom `<content type="html">`:
 * the cover, the body, a gallery's photos and a publication's download links, through the same
 * renderers as the item page
 * (so no script, no style, no attribute it does not know), with every photo address made absolute,
 * since a feed reader shows the text away from the site. Body links are absolute already: the
 * editor's schema accepts only `http(s):` and `mailto:` links.
 */
export async function feedBodies(
  db: Queryable,
  ctx: SiteContext,
  address: SiteAddress,
  items: readonly FeedItem[],
  bidangSlugs: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  if (items.length === 0) return new Map();
  const ids = items.map((i) => i.id);
  const rows = await db
    .select({ id: konten.id, isi: kontenRevisi.isi, atribut: kontenRevisi.atribut, coverMediaId: kontenRevisi.coverMediaId, mediaIds: kontenRevisi.mediaIds })
    .from(konten)
    .innerJoin(kontenRevisi, eq(kontenRevisi.id, konten.liveRevisionId))
    .where(and(inArray(konten.id, [...ids]), isNotNull(konten.liveRevisionId)));
  // One photo lookup for the whole feed, never one per item.
  const photos = await gambarPublik(
    db,
    rows.flatMap((r) => [r.coverMediaId, ...r.mediaIds, ...((r.atribut as Atribut).foto ?? [])]),
  );
  // A publication's documents, as its page lists them: one lookup for the whole feed too.
  const files = new Map(
    (
      await dokumenPublik(
        db,
        items.flatMap((i) => i.atribut.dokumen ?? []),
      )
    ).map((d) => [d.id, d]),
  );
  const o: RenderOptions = { lang: ctx.lang, gambar: new Map([...photos].map(([id, img]) => [id, absolutePhoto(address, img)])) };
  const byId = new Map(items.map((i) => [i.id, i]));
  return new Map(
    rows.map((r) => {
      const atribut = r.atribut as Atribut;
      const video = youtubeIdOf(atribut.youtube);
      const body: Block[] = [...((r.isi.content ?? []) as Block[]), ...(video ? [{ type: 'youtube', attrs: { videoId: video } } as Block] : [])];
      const gallery = (atribut.foto ?? []).map((id) => renderGambar(id, o)).join('');
      const item = byId.get(r.id)!;
      const dokumen = (atribut.dokumen ?? []).flatMap((id) => files.get(id) ?? []);
      const page = unitPath(ctx, ...publicSegmentsOf(item, bidangSlugs));
      const list =
        item.jenis === 'publikasi' && dokumen.length > 0
          ? String(DokumenList({ ctx, dokumen, hrefOf: (id) => absoluteUrl(address, `${page}/berkas/${id}`) }))
          : '';
      return [r.id, renderGambar(r.coverMediaId, o) + renderIsi({ content: body }, o) + gallery + list];
    }),
  );
}

/** A photo with its fallback and every `srcset` copy at an absolute address. */
function absolutePhoto(address: SiteAddress, img: GambarRender): GambarRender {
  const srcset = (list: string) =>
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [url = '', width = ''] = entry.split(/\s+/);
        return `${absoluteUrl(address, url)} ${width}`;
      })
      .join(', ');
  return { ...img, src: absoluteUrl(address, img.src), srcsetWebp: srcset(img.srcsetWebp), srcsetJpeg: srcset(img.srcsetJpeg) };
}
