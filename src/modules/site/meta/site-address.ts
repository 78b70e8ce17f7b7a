import type { Unit } from '../../org/find-units.ts';
import type { Tenant } from '../../org/get-tenant.ts';
import type { SiteContext } from '../resolve-site.ts';

/**
 * The site's own absolute address, for what is read away from the page (canonical links, social
 * previews, feeds, sitemaps): a unit with its own host is addressed there even when the request came
 * by path on the pemda's host, so every copy of a page names one canonical address. It is built
 * from the stored domains and the configured scheme, never from the request's Host header, which a
 * client chooses (and a cached page would otherwise carry someone else's host).
 */
export type SiteAddress = {
  /** `https://badanb.ujiprov.go.id` or `https://ujiprov.go.id`. */
  origin: string;
  /** The unit's path prefix at that origin: '' on its own host, `/dinas-a` otherwise. */
  base: string;
  /** The request's base (ctx.base), which links on the page start with. */
  requestBase: string;
};

/** The address of a tenant's site or one of its units' sites. */
export function siteAddressOf(publicUrl: string, tenant: Pick<Tenant, 'domain'>, unit: Pick<Unit, 'host' | 'slug'> | null, requestBase = ''): SiteAddress {
  const configured = new URL(publicUrl);
  const host = unit?.host ?? tenant.domain;
  const origin = host ? `${configured.protocol}//${host}` : configured.origin;
  return { origin, base: unit && !unit.host ? `/${unit.slug}` : '', requestBase };
}

/** The address of the site a request landed on. */
export function siteAddress(publicUrl: string, ctx: SiteContext): SiteAddress {
  return siteAddressOf(publicUrl, ctx.tenant, ctx.unit, ctx.base);
}

/**
 * An absolute URL for a path as the page links it (with the request's unit prefix, `/dinas-a/…`
 * or `/…` on the unit's host); an absolute URL is returned as it is.
 */
export function absoluteUrl(address: SiteAddress, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  const { requestBase, base } = address;
  const underUnit = requestBase === '' || path === requestBase || path.startsWith(`${requestBase}/`) || path.startsWith(`${requestBase}?`);
  // Media and assets are served on every host, and a path outside the unit's prefix (the pemda's
  // home) is not the unit's: both keep their path.
  if (!underUnit || /^\/(media|assets)\//.test(path)) return `${address.origin}${path}`;
  const inUnit = path.slice(requestBase.length);
  const below = `${base}${inUnit}`;
  return `${address.origin}${below === '' || below.startsWith('?') ? `/${below}` : below}`;
}

/** The absolute URL of a unit page by its path segments below the unit: `unitUrl(a, ['berita'])`. */
export function unitUrl(address: SiteAddress, parts: string[], lang: 'id' | 'en' = 'id'): string {
  const below = parts.length === 0 ? address.base || '/' : `${address.base}/${parts.map(encodeURIComponent).join('/')}`;
  return `${address.origin}${below}${lang === 'en' ? '?lang=en' : ''}`;
}
