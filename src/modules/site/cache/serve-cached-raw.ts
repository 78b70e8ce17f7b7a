import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { chooseEncoding } from '../../../http/middleware/compress.ts';
import { securityHeadersOf } from '../../../http/middleware/security-headers.ts';
import { trustedEntry } from '../../../http/proxy.ts';
import type { Services } from '../../../services.ts';
import { pageCacheOf } from './change-feed.ts';
import type { CachedPage } from './page-cache.ts';
import { answerPage, isCurrentCopy, pageBytes } from './serve-cached-page.ts';

// The request targets and hosts @hono/node-server takes as they are (its `buildUrl`): for these the
// address Hono sees, and so the cache key it computes, is the host and target as received. Anything
// it would rewrite (percent-encoding, dot segments, absolute form, odd hosts) goes the usual way.
const plainTarget = /^\/[!#$&-;=?-[\]_a-z~]*$/;
const dotSegment = /\/\.\.?(?:[/?#]|$)/;
const plainHost = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/** Each page's header lines per variant, built once: `[name, value, name, value, …]` for writeHead. */
const prebuilt = new WeakMap<CachedPage, Map<string, { status: number; headers: string[] }>>();

/**
 * Answers a GET or HEAD of a cached public page straight from node:http, before the request is
 * turned into a web Request and through Hono's middleware: the same status, headers (security
 * headers and CSP included, lower-case and in the order Hono's adapter writes them) and bytes as
 * `pageCacheHits` would send, at a fraction of the CPU. Everything else — a page not cached, a
 * tenant held by its own pending change, any other method or an address Hono would normalise —
 * goes to `next` (Hono) untouched. Cached pages are the same for everyone (private pages are never
 * stored), so a session cookie changes nothing here, as it changes nothing in `pageCacheHits`.
 */
export function withCachedPages(services: Pick<Services, 'db' | 'config'>, next: RequestListener): RequestListener {
  return (req, res) => {
    if (!answerFromCache(services, req, res)) next(req, res);
  };
}

function answerFromCache(services: Pick<Services, 'db' | 'config'>, req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method;
  if (method !== 'GET' && method !== 'HEAD') return false;
  const target = req.url ?? '';
  const host = req.headers.host;
  if (!host || !plainHost.test(host) || !plainTarget.test(target) || dotSegment.test(target) || !oneHostLine(req.rawHeaders)) return false;
  // A miss goes on to Hono, whose pageCacheHits looks the page up again and counts the miss there.
  const page = pageCacheOf(services.db)?.get(host + target, Date.now(), { countMiss: false });
  if (!page) return false;
  const acceptEncoding = req.headers['accept-encoding'];
  const ifNoneMatch = req.headers['if-none-match'];
  // What decides the answer's head, so that it is built (by answerPage) once per page and variant.
  const encoding = chooseEncoding(acceptEncoding);
  const status = isCurrentCopy(page, ifNoneMatch) ? 304 : page.status;
  const proto = trustedEntry(services.config, header(req.headers['x-forwarded-proto'])) ?? ((req.socket as TLSSocket).encrypted ? 'https' : 'http');
  const https = proto === 'https';
  const variant = `${status} ${encoding} ${https}`;
  let variants = prebuilt.get(page);
  if (!variants) {
    variants = new Map();
    prebuilt.set(page, variants);
  }
  let head = variants.get(variant);
  if (!head) {
    const answer = answerPage(page, acceptEncoding, ifNoneMatch);
    // Hono's path: the target up to its query or fragment (no percent-decoding: none in a plain target).
    const path = target.slice(0, target.search(/[?#]|$/));
    const named = Object.entries(answer.headers).concat(securityHeadersOf(path, https));
    // The adapter writes a web Headers object: names lower-cased, sorted.
    const lines = named.map(([name, value]) => [name.toLowerCase(), value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    head = { status: answer.status, headers: lines.flat() };
    variants.set(variant, head);
  }
  res.writeHead(head.status, head.headers);
  if (status === 304 || method === 'HEAD') res.end();
  else res.end(pageBytes(page, encoding));
  return true;
}

/** node:http joins repeated lines of most headers with ", ", as the web Headers Hono reads do. */
function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/** node:http keeps the first of several Host lines where Hono's adapter joins them: leave those to Hono. */
function oneHostLine(raw: string[]): boolean {
  let seen = 0;
  for (let i = 0; i < raw.length; i += 2) if ((raw[i] as string).length === 4 && (raw[i] as string).toLowerCase() === 'host') seen++;
  return seen === 1;
}
