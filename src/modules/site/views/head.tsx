import { raw } from 'hono/html';
import { unitFeedLinks } from '../feeds/feed-links.ts';
import { absoluteUrl, type SiteAddress } from '../meta/site-address.ts';
import { jsonLdScript } from '../meta/structured-data.ts';
import type { SiteContext } from '../resolve-site.ts';
import { stylesheet } from '../stylesheet.ts';

/**
 * What a page says about itself beyond its title: the description, canonical address, preview image,
 * structured data and feeds. Search engines, social previews and feed readers read it; people do not.
 * Paths (`/dinas-a/…`, `/media/…`) are made absolute with the site's own address when written.
 */
export type PageMeta = {
  description?: string;
  /** Canonical URL or path; the page's own address when absent. */
  canonical?: string;
  image?: { url: string; width?: number; height?: number; alt?: string };
  /** OpenGraph type: an item page is an article, everything else a website. */
  kind?: 'website' | 'article';
  publishedAt?: Date;
  modifiedAt?: Date;
  /** JSON-LD objects (schema.org), each written into its own script element; `url`-like paths are made absolute. */
  jsonLd?: object[];
  /** Feeds offered on this page (RSS 2.0 or Atom), beside the unit's own. */
  feeds?: { title: string; href: string; type: 'application/rss+xml' | 'application/atom+xml' }[];
  /** Pages that must not be indexed (forms' result pages, search results). */
  noindex?: boolean;
  /** Filled by the server, never by a page: the site's own address and the list page asked for. */
  site?: SiteAddress;
  halaman?: number;
};

const ogLocale = { id: 'id_ID', en: 'en_US' } as const;

/** The page's own address in one language: its path, its list page, and `?lang=en` for English. */
function ownAddress(ctx: SiteContext, meta: PageMeta | undefined, lang: 'id' | 'en'): string {
  const query = new URLSearchParams();
  if (meta?.halaman && meta.halaman > 1) query.set('halaman', String(meta.halaman));
  if (lang === 'en') query.set('lang', 'en');
  const q = query.toString();
  return q ? `${ctx.path}?${q}` : ctx.path;
}

/** The document head of every public page. */
export function Head({ ctx, title, meta }: { ctx: SiteContext; title: string; meta?: PageMeta }) {
  const site = meta?.site;
  const abs = (path: string) => (site ? absoluteUrl(site, path) : path);
  const canonical = abs(meta?.canonical ?? ownAddress(ctx, meta, ctx.lang));
  const siteName = ctx.unit?.name ?? ctx.tenant.name;
  const image = meta?.image;
  const feeds = [...(ctx.unit ? unitFeedLinks(ctx) : []), ...(meta?.feeds ?? [])];
  const article = meta?.kind === 'article';
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {meta?.description ? <meta name="description" content={meta.description} /> : null}
      {meta?.noindex ? <meta name="robots" content="noindex" /> : null}
      <link rel="stylesheet" href={stylesheet.href} />
      <link rel="icon" href="data:," />
      {meta?.noindex ? null : <link rel="canonical" href={canonical} />}
      {meta?.noindex
        ? null
        : (['id', 'en'] as const).map((lang) => <link key={lang} rel="alternate" hreflang={lang} href={abs(ownAddress(ctx, meta, lang))} />)}
      {meta?.noindex ? null : <link rel="alternate" hreflang="x-default" href={abs(ownAddress(ctx, meta, 'id'))} />}
      {feeds.map((feed) => (
        <link key={feed.href} rel="alternate" type={feed.type} title={feed.title} href={abs(feed.href)} />
      ))}
      <meta property="og:type" content={article ? 'article' : 'website'} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:title" content={title} />
      {meta?.description ? <meta property="og:description" content={meta.description} /> : null}
      <meta property="og:url" content={canonical} />
      <meta property="og:locale" content={ogLocale[ctx.lang]} />
      <meta property="og:locale:alternate" content={ogLocale[ctx.lang === 'id' ? 'en' : 'id']} />
      {image ? <meta property="og:image" content={abs(image.url)} /> : null}
      {image?.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
      {image?.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
      {image?.alt ? <meta property="og:image:alt" content={image.alt} /> : null}
      {article && meta?.publishedAt ? <meta property="article:published_time" content={meta.publishedAt.toISOString()} /> : null}
      {article && meta?.modifiedAt ? <meta property="article:modified_time" content={meta.modifiedAt.toISOString()} /> : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      {meta?.description ? <meta name="twitter:description" content={meta.description} /> : null}
      {image ? <meta name="twitter:image" content={abs(image.url)} /> : null}
      {image?.alt ? <meta name="twitter:image:alt" content={image.alt} /> : null}
      {(meta?.jsonLd ?? []).map((data) => raw(jsonLdScript(data, abs)))}
    </head>
  );
}
