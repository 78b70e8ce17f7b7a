import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { chooseEncoding, type Encoding } from '../../../http/middleware/compress.ts';
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

type Head = { status: number; headers: string[] };
/**
 * Each page's head per variant, built once: the status and `[name, value, name, value, …]` for
 * writeHead, at `variantIndex` (12 variants: 304 or not × 3 encodings × HTTPS or not).
 */
const prebuilt = new WeakMap<CachedPage, Array<Head | undefined>>();
const ENCODINGS = [null, 'gzip', 'br'] as const;
const variantIndex = (notModified: boolean, encoding: Encoding | null, https: boolean) =>
  (notModified ? 1 : 0) + 2 * ENCODINGS.indexOf(encoding) + (https ? 6 : 0);

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
  const asked = askedOf(req.rawHeaders);
  const host = asked.host;
  if (!host || asked.hosts !== 1 || !plainHost.test(host) || !plainTarget.test(target) || dotSegment.test(target)) return false;
  // A miss goes on to Hono, whose pageCacheHits looks the page up again and counts the miss there.
  const page = pageCacheOf(services.db)?.get(host + target, Date.now(), { countMiss: false });
  if (!page) return false;
  // What decides the answer's head, so that it is built (by answerPage) once per page and variant.
  const encoding = chooseEncoding(asked.acceptEncoding);
  const notModified = isCurrentCopy(page, asked.ifNoneMatch);
  const proto = trustedEntry(services.config, asked.forwardedProto) ?? ((req.socket as TLSSocket).encrypted ? 'https' : 'http');
  const https = proto === 'https';
  let variants = prebuilt.get(page);
  if (!variants) {
    variants = [];
    prebuilt.set(page, variants);
  }
  const index = variantIndex(notModified, encoding, https);
  let head = variants[index];
  if (!head) {
    const answer = answerPage(page, asked.acceptEncoding, asked.ifNoneMatch);
    // Hono's path: the target up to its query or fragment (no percent-decoding: none in a plain target).
    const path = target.slice(0, target.search(/[?#]|$/));
    const named = Object.entries(answer.headers).concat(securityHeadersOf(path, https));
    // The adapter writes a web Headers object: names lower-cased, sorted.
    const lines = named.map(([name, value]) => [name.toLowerCase(), value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    head = { status: answer.status, headers: lines.flat() };
    variants[index] = head;
  }
  res.writeHead(head.status, head.headers);
  if (notModified || method === 'HEAD') res.end();
  else res.end(pageBytes(page, encoding));
  return true;
}

/** The request lines a cached answer depends on, each as node:http's `req.headers` would give it. */
type Asked = { host?: string; hosts: number; acceptEncoding?: string; ifNoneMatch?: string; forwardedProto?: string };

/**
 * Reads those lines from `rawHeaders` in one pass: `req.headers` is an object node:http builds from
 * every line on first use, which a hit does not need. Names are matched case-insensitively;
 * repeated lines are joined with ", " as node:http and the web Headers Hono reads both do; Host
 * lines are counted, since node:http keeps the first of several where Hono's adapter joins them.
 */
function askedOf(raw: string[]): Asked {
  const asked: Asked = { hosts: 0 };
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    switch (name.length) {
      case 4:
        if (name.toLowerCase() === 'host') {
          asked.hosts++;
          asked.host ??= value;
        }
        break;
      case 15:
        if (name.toLowerCase() === 'accept-encoding') asked.acceptEncoding = joined(asked.acceptEncoding, value);
        break;
      case 13:
        if (name.toLowerCase() === 'if-none-match') asked.ifNoneMatch = joined(asked.ifNoneMatch, value);
        break;
      case 17:
        if (name.toLowerCase() === 'x-forwarded-proto') asked.forwardedProto = joined(asked.forwardedProto, value);
        break;
    }
  }
  return asked;
}

const joined = (before: string | undefined, value: string) => (before === undefined ? value : `${before}, ${value}`);
