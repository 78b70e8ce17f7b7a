import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../../http/env.ts';
import { chooseEncoding, type Encoding } from '../../../http/middleware/compress.ts';
import { etagOf, isFresh } from '../send-cached.ts';
import { pageCacheOf } from './change-feed.ts';
import type { CachedPage } from './page-cache.ts';

/** What a page's renderer hands over for the cache: only public pages, never personal ones. */
export type RenderedPage = { tenantId: string; unitId: string | null; html: string; status: 200 | 404; cacheControl: string };

const TYPE = 'text/html; charset=utf-8';
// Compressed once per page and change, then sent thousands of times: worth the better levels.
const BROTLI = { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 18 };
const rendered = new WeakMap<Context<AppEnv>, RenderedPage>();

/** Called by the site's renderer for a page anyone may be shown: the cache may keep it. */
export function offerPage(c: Context<AppEnv>, page: RenderedPage): void {
  rendered.set(c, page);
}

/** The key of a request: the address as the visitor typed it, host, path and query (the language is `?lang=en`). */
function keyOf(c: Context<AppEnv>): string {
  const url = c.req.url;
  return `${(c.req.header('host') ?? '').toLowerCase()}${url.slice(url.indexOf('/', url.indexOf('//') + 2))}`;
}

/**
 * Answers a GET or HEAD from the page cache early, before the session, CSRF and routing work of
 * a request (registered after the security headers, which still apply). Only the public site's
 * catch-all route stores pages (`withPageCache`), so a key found here was that route's answer for
 * exactly this address; anything else goes on as usual.
 */
export function pageCacheHits(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      const hit = pageCacheOf(c.get('services').db)?.get(keyOf(c));
      if (hit) return sendPage(c, hit);
    }
    await next();
  };
}

/**
 * Renders a public GET or HEAD that `pageCacheHits` did not answer, and keeps it when the
 * renderer offered it (private pages never are), unless a change arrived while it was rendered.
 */
export async function withPageCache(c: Context<AppEnv>, render: () => Promise<Response>): Promise<Response> {
  const cache = pageCacheOf(c.get('services').db);
  if (!cache || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return render();
  const key = keyOf(c);
  const generation = cache.generation;
  const response = await render();
  const page = rendered.get(c);
  if (!page) return response;
  const body = Buffer.from(page.html);
  const cached: CachedPage = {
    tenantId: page.tenantId,
    unitId: page.unitId,
    status: page.status,
    type: TYPE,
    cacheControl: page.cacheControl,
    etag: etagOf(page.html),
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, { params: { ...BROTLI, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
    length: body.byteLength,
    storedAt: Date.now(),
  };
  // Not kept when a change arrived while it was rendered: it may show the rows from before.
  if (!cache.set(key, cached, generation)) return response;
  return sendPage(c, cached);
}

/** How a cached page answers a client: its status and headers (before the security headers). */
export type PageAnswer = { status: number; headers: Record<string, string>; encoding: Encoding | null };

/**
 * The kept bytes in the encoding the client takes best; each encoding has its own strong ETag.
 * The one answer of a cached page, whether Hono sends it (`sendPage`) or the raw fast path does
 * (`serve-cached-raw.ts`).
 */
export function answerPage(page: CachedPage, acceptEncoding: string | undefined, ifNoneMatch: string | undefined): PageAnswer {
  const encoding = chooseEncoding(acceptEncoding);
  const base = page.etag.slice(1, -1);
  const etag = encoding ? `"${base}-${encoding === 'br' ? 'br' : 'gz'}"` : page.etag;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': page.cacheControl, Vary: 'Accept-Encoding' };
  if (isCurrentCopy(page, ifNoneMatch)) return { status: 304, headers, encoding };
  headers['Content-Type'] = page.type;
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = String(encoding === 'br' ? page.br.byteLength : encoding === 'gzip' ? page.gzip.byteLength : page.length);
  return { status: page.status, headers, encoding };
}

/** Whether the client's copy is current: the same content in any encoding is (a weak comparison, RFC 9110). */
export function isCurrentCopy(page: CachedPage, ifNoneMatch: string | undefined): boolean {
  if (page.status !== 200 || !ifNoneMatch) return false;
  const base = page.etag.slice(1, -1);
  return [page.etag, `"${base}-br"`, `"${base}-gz"`].some((tag) => isFresh(ifNoneMatch, tag));
}

/** The body of a page in an encoding; the identity bytes are unzipped on demand (rarely asked for). */
export function pageBytes(page: CachedPage, encoding: Encoding | null): Buffer {
  return encoding === 'br' ? page.br : encoding === 'gzip' ? page.gzip : gunzipSync(page.gzip);
}

function sendPage(c: Context<AppEnv>, page: CachedPage): Response {
  const answer = answerPage(page, c.req.header('accept-encoding'), c.req.header('if-none-match'));
  if (answer.status === 304 || c.req.method === 'HEAD') return c.body(null, answer.status as 200, answer.headers);
  return c.body(new Uint8Array(pageBytes(page, answer.encoding)), answer.status as 200, answer.headers);
}
