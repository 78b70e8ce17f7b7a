/**
 * schema.org structured data (JSON-LD) of the public pages. Builders write site paths; the head
 * makes them absolute with the site's own address, so a page builder never needs the host.
 */

// Keys whose string values are addresses: a value starting with `/` is a site path.
const urlKeys = new Set(['url', '@id', 'image', 'logo', 'contentUrl', 'thumbnailUrl', 'item', 'mainEntityOfPage']);

function resolvePaths(value: unknown, abs: (path: string) => string, key = ''): unknown {
  if (typeof value === 'string') return urlKeys.has(key) && value.startsWith('/') ? abs(value) : value;
  if (Array.isArray(value)) return value.map((v) => resolvePaths(v, abs, key));
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolvePaths(v, abs, k)]));
  return value;
}

/**
 * One `<script type="application/ld+json">` element. It is data, not code (CSP does not run it);
 * `<`, `>` and `&` are written as escapes so no text in it can close the element.
 */
export function jsonLdScript(data: object, abs: (path: string) => string): string {
  const json = JSON.stringify(resolvePaths(data, abs)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return `<script type="application/ld+json">${json}</script>`;
}

type Org = { name: string; url: string; address?: string | null; phone?: string | null; email?: string | null; parent?: { name: string; url?: string } };

/** A pemda or one of its units as a government organization. */
export function governmentOrganization(org: Org): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: org.name,
    url: org.url,
    ...(org.address ? { address: org.address } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.parent
      ? { parentOrganization: { '@type': 'GovernmentOrganization', name: org.parent.name, ...(org.parent.url ? { url: org.parent.url } : {}) } }
      : {}),
  };
}

type ArticleData = {
  headline: string;
  description?: string;
  url: string;
  image?: { url: string; width?: number; height?: number };
  publishedAt: Date;
  modifiedAt: Date;
  author?: string | null;
  publisher: { name: string; url: string };
  lang: string;
  section?: string;
};

/** A berita or artikel: NewsArticle, as search engines' news features read it. */
export function newsArticle(a: ArticleData): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline.slice(0, 110),
    ...(a.description ? { description: a.description } : {}),
    mainEntityOfPage: a.url,
    url: a.url,
    ...(a.image ? { image: [{ '@type': 'ImageObject', url: a.image.url, width: a.image.width, height: a.image.height }] } : {}),
    datePublished: a.publishedAt,
    dateModified: a.modifiedAt,
    inLanguage: a.lang,
    ...(a.section ? { articleSection: a.section } : {}),
    author: a.author ? { '@type': 'Person', name: a.author } : { '@type': 'GovernmentOrganization', name: a.publisher.name, url: a.publisher.url },
    publisher: { '@type': 'GovernmentOrganization', name: a.publisher.name, url: a.publisher.url },
  };
}

type EventData = {
  name: string;
  description?: string;
  url: string;
  startDate?: string;
  endDate?: string | null;
  place?: string;
  image?: { url: string };
  organizer: { name: string; url: string };
};

/** An agenda item: an Event held in person at its place (the agenda form has no online address). */
export function event(e: EventData): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    ...(e.description ? { description: e.description } : {}),
    url: e.url,
    ...(e.startDate ? { startDate: e.startDate } : {}),
    ...(e.endDate ? { endDate: e.endDate } : {}),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    ...(e.place ? { location: { '@type': 'Place', name: e.place, address: e.place } } : {}),
    ...(e.image ? { image: [e.image.url] } : {}),
    organizer: { '@type': 'GovernmentOrganization', name: e.organizer.name, url: e.organizer.url },
  };
}
