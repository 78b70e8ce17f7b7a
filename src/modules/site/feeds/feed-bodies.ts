import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import type { Lang } from '../../../i18n/catalogue.ts';
import type { Block } from '../../konten/isi-schema.ts';
import { gambarPublik } from '../../konten/public-media.ts';
import { type GambarRender, type RenderOptions, renderGambar, renderIsi } from '../../konten/render-isi.ts';
import { konten, kontenRevisi } from '../../konten/schema.ts';
import type { Atribut } from '../../konten/terms.ts';
import { youtubeIdOf } from '../../konten/views/konten-page.tsx';
import { absoluteUrl, type SiteAddress } from '../meta/site-address.ts';

/**
 * The full text of feed items as HTML, for RSS `content:encoded` and Atom `<content type="html">`:
 * the cover, the body and a gallery's photos through the same allow-list renderer as the item page
 * (so no script, no style, no attribute it does not know), with every photo address made absolute,
 * since a feed reader shows the text away from the site. Body links are absolute already: the
 * editor's schema accepts only `http(s):` and `mailto:` links.
 */
export async function feedBodies(db: Queryable, address: SiteAddress, lang: Lang, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
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
  const o: RenderOptions = { lang, gambar: new Map([...photos].map(([id, img]) => [id, absolutePhoto(address, img)])) };
  return new Map(
    rows.map((r) => {
      const atribut = r.atribut as Atribut;
      const video = youtubeIdOf(atribut.youtube);
      const body: Block[] = [...((r.isi.content ?? []) as Block[]), ...(video ? [{ type: 'youtube', attrs: { videoId: video } } as Block] : [])];
      const gallery = (atribut.foto ?? []).map((id) => renderGambar(id, o)).join('');
      return [r.id, renderGambar(r.coverMediaId, o) + renderIsi({ content: body }, o) + gallery];
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
