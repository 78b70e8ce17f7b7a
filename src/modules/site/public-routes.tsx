import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { withPageCache } from './cache/serve-cached-page.ts';
import { serveSiteFile } from './feeds/serve-site-file.ts';
import type { PortalSection } from './portal.ts';
import { sendCached } from './send-cached.ts';
import { serveSitePage } from './serve-site-page.tsx';
import { stylesheet } from './stylesheet.ts';

// Paths owned by the API and the admin are never unit sites, even when nothing there matched.
const reserved = /^\/(api|admin)(\/|$)/;

/**
 * The public, server-rendered sites of the pemda and its units; registered last, it answers every
 * other GET. `portal` mounts other modules' PPID pages under `/{unit}/ppid/{segment}`. Feeds,
 * sitemaps and robots.txt are answered first; any other path is a page.
 */
export function registerPublicSite(app: Hono<AppEnv>, portal: PortalSection[] = []): void {
  app.get('/assets/site.css', (c) =>
    sendCached(c, stylesheet.css, { type: 'text/css; charset=utf-8', cacheControl: 'public, max-age=31536000, immutable', etag: stylesheet.etag }),
  );
  app.get('*', async (c) => {
    if (reserved.test(c.req.path)) return c.notFound();
    return (await serveSiteFile(c, portal)) ?? withPageCache(c, () => serveSitePage(c, portal));
  });
}
