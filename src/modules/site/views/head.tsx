import type { SiteContext } from '../resolve-site.ts';
import { stylesheet } from '../stylesheet.ts';

/**
 * What a page says about itself beyond its title: the description, canonical address, preview image,
 * structured data and feeds. Search engines, social previews and feed readers read it; people do not.
 */
export type PageMeta = {
  description?: string;
  /** Absolute canonical URL; the page's own address when absent. */
  canonical?: string;
  image?: { url: string; width?: number; height?: number; alt?: string };
  /** OpenGraph type: an item page is an article, everything else a website. */
  kind?: 'website' | 'article';
  publishedAt?: Date;
  modifiedAt?: Date;
  /** JSON-LD objects (schema.org), each written into its own script element. */
  jsonLd?: object[];
  /** Feeds offered on this page (RSS 2.0 or Atom). */
  feeds?: { title: string; href: string; type: 'application/rss+xml' | 'application/atom+xml' }[];
  /** Pages that must not be indexed (forms' result pages, search results). */
  noindex?: boolean;
};

/** The document head of every public page. */
export function Head({ title, meta }: { ctx: SiteContext; title: string; meta?: PageMeta }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {meta?.description ? <meta name="description" content={meta.description} /> : null}
      {meta?.noindex ? <meta name="robots" content="noindex" /> : null}
      <link rel="stylesheet" href={stylesheet.href} />
      <link rel="icon" href="data:," />
    </head>
  );
}
