import { type SiteAddress, unitUrl } from '../meta/site-address.ts';

/**
 * robots.txt of a host: crawlers may read every public page but not the admin, the API, or search
 * results (endless, and marked noindex anyway); it names the host's sitemap. A unit's own host
 * names its sitemap and its news sitemap; the pemda's sitemap is an index that names both of
 * every unit served under it.
 */
export function robotsTxt(address: SiteAddress, unitHost: boolean): string {
  const lines = [
    'User-agent: *',
    'Disallow: /admin/',
    'Disallow: /api/',
    'Disallow: /cari',
    'Disallow: /*/cari',
    '',
    `Sitemap: ${unitUrl(address, ['sitemap.xml'])}`,
  ];
  if (unitHost) lines.push(`Sitemap: ${unitUrl(address, ['sitemap-news.xml'])}`);
  return `${lines.join('\n')}\n`;
}
