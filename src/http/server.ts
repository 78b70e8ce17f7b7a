import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { withCachedPages } from '../modules/site/cache/serve-cached-raw.ts';
import type { Services } from '../services.ts';
import { createApp } from './app.ts';

/**
 * Warta's HTTP server (not yet listening): cached public pages are answered straight from
 * node:http (`withCachedPages`), everything else goes through the Hono app. `hostname` stands in
 * for a missing Host header, as `serve` of @hono/node-server does.
 */
export function createWartaServer(services: Services, hostname?: string): Server {
  return createServer(withCachedPages(services, getRequestListener(createApp(services).fetch, { hostname })));
}
