import { t } from '../../../i18n/catalogue.ts';
import type { PublicKonten } from '../../konten/public-item.ts';
import type { GambarRender } from '../../konten/render-isi.ts';
import { previewCopy } from '../../konten/responsive-image.ts';
import { bidangFeedLinks, jenisFeedLinks } from '../feeds/feed-links.ts';
import { type SiteContext, siteHref } from '../resolve-site.ts';
import { unitPath } from '../site-menu.ts';
import type { Trail } from '../unit-pages/page-trail.ts';
import type { PageMeta } from '../views/head.tsx';
import { event, governmentOrganization, newsArticle } from './structured-data.ts';

// A description is what a search result or a link preview shows under the title: about two lines.
const DESCRIPTION_MAX = 200;

function describe(text: string | null | undefined): string | undefined {
  const plain = text?.replace(/\s+/g, ' ').trim();
  if (!plain) return undefined;
  if (plain.length <= DESCRIPTION_MAX) return plain;
  const at = plain.lastIndexOf(' ', DESCRIPTION_MAX - 1);
  return `${plain.slice(0, at > DESCRIPTION_MAX / 2 ? at : DESCRIPTION_MAX - 1).trimEnd()}…`;
}

const homeOf = (ctx: SiteContext) => siteHref(ctx, unitPath(ctx));

/**
 * The head of one live item's page: its summary, the cover photo as preview (a JPEG copy with its
 * size and alt text), publication and revision times, NewsArticle for berita and artikel, Event
 * for agenda, and the feed of its kind (and of its bidang, for a berita).
 */
export function itemMeta(trail: Trail, item: PublicKonten, gambar: ReadonlyMap<string, GambarRender>, segments: string[]): PageMeta {
  const { ctx, unit } = trail;
  const url = siteHref(ctx, unitPath(ctx, ...segments));
  // A gallery without a cover is previewed by its first photo.
  const coverId = item.coverMediaId ?? item.atribut.foto?.[0];
  const cover = coverId ? gambar.get(coverId) : undefined;
  const image = cover ? previewCopy(cover) : undefined;
  const description = describe(item.ringkasan);
  const publisher = { name: unit.name, url: homeOf(ctx) };
  const jsonLd =
    item.jenis === 'berita' || item.jenis === 'artikel'
      ? [
          newsArticle({
            headline: item.judul,
            description,
            url,
            image,
            publishedAt: item.publishedAt,
            modifiedAt: item.revisedAt > item.publishedAt ? item.revisedAt : item.publishedAt,
            author: item.penulis,
            publisher,
            lang: 'id',
          }),
        ]
      : item.jenis === 'agenda'
        ? [
            event({
              name: item.judul,
              description,
              url,
              startDate: item.atribut.mulai,
              endDate: item.atribut.selesai,
              place: item.atribut.tempat,
              image,
              organizer: publisher,
            }),
          ]
        : [];
  return {
    description,
    kind: 'article',
    image,
    publishedAt: item.publishedAt,
    modifiedAt: item.revisedAt > item.publishedAt ? item.revisedAt : undefined,
    jsonLd,
    feeds: jenisFeedLinks(ctx, item.jenis),
  };
}

/** The unit's home: a short description and the unit as a GovernmentOrganization under its pemda. */
export function unitHomeMeta(trail: Trail): PageMeta {
  const { ctx, unit } = trail;
  return {
    description: t(ctx.lang, 'site.intro.profil', { unit: unit.name }),
    jsonLd: [
      governmentOrganization({
        name: unit.name,
        url: homeOf(ctx),
        address: unit.address,
        phone: unit.phone,
        email: unit.email,
        // On (or for) a unit's own host the pemda's address is another host's: named, not linked.
        parent: unit.host ? { name: ctx.tenant.name } : { name: ctx.tenant.name, url: siteHref(ctx, '/') },
      }),
    ],
    feeds: jenisFeedLinks(ctx, 'berita'),
  };
}

/** The pemda's root: the pemda as a GovernmentOrganization. */
export function pemdaMeta(ctx: SiteContext): PageMeta {
  return { jsonLd: [governmentOrganization({ name: ctx.tenant.name, url: siteHref(ctx, '/') })] };
}

/** A list page of one kind (berita, artikel, kalender…): that kind's feed, or one bidang's news feed. */
export function listMeta(trail: Trail, jenis: PublicKonten['jenis'], bidang?: { slug: string; name: string }): PageMeta {
  return { feeds: bidang ? bidangFeedLinks(trail.ctx, bidang) : jenisFeedLinks(trail.ctx, jenis) };
}
