import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { CompressedCache } from './compressed-cache.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Pages, the stylesheet and API answers; files (PDF, DOCX, XLSX, images) are compressed already.
const compressible = /^(text\/(html|css|plain|csv|calendar)|application\/(json|javascript)|image\/svg\+xml)\b/i;
// Below this a compressed body saves less than the header costs.
const MIN_BYTES = 1024;
// Brotli at quality 5 is about as fast as gzip 6 and a third smaller; 11 costs ~15× the time.
// A 256 KB window is plenty for pages; the default 4 MB one costs its allocation on every call.
const brotliParams = (size: number) => ({
  [constants.BROTLI_PARAM_QUALITY]: 5,
  [constants.BROTLI_PARAM_LGWIN]: 18,
  [constants.BROTLI_PARAM_SIZE_HINT]: size,
});
// Up to this size compressing on the event loop takes a fraction of a millisecond, less CPU in all
// than handing it to the thread pool and back; larger bodies (exports, big JSON) go to the pool.
const SYNC_MAX_BYTES = 128 * 1024;

export type Encoding = 'br' | 'gzip';

// Public pages compress to 1–3 KB: 500 of them in both encodings stay within a few MB.
const COMPRESSED_CACHE_ENTRIES = 1000;
const COMPRESSED_CACHE_BYTES = 8 * 1024 * 1024;

/**
 * The encoding a client accepts best, brotli first at equal weight; null for identity. Honours
 * `q=0` (refused) and `*`.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  // Browsers send one of a handful of short strings: remember the answers (a few, bounded).
  const known = chosen.get(acceptEncoding);
  if (known !== undefined) return known;
  const encoding = parseAcceptEncoding(acceptEncoding);
  if (acceptEncoding.length > 100) return encoding;
  if (chosen.size >= CHOSEN_MAX) chosen.clear();
  chosen.set(acceptEncoding, encoding);
  return encoding;
}

const chosen = new Map<string, Encoding | null>();
const CHOSEN_MAX = 64;

function parseAcceptEncoding(acceptEncoding: string): Encoding | null {
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : null;
}

/** Compresses a body with the chosen encoding: small ones at once, large ones in zlib's thread pool. */
export async function compressBody(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  const params = brotliParams(body.byteLength);
  if (body.byteLength <= SYNC_MAX_BYTES) return encoding === 'br' ? brotliCompressSync(body, { params }) : gzipSync(body);
  return encoding === 'br' ? brotli(body, { params }) : gzipAsync(body);
}

/**
 * Compresses HTML, CSS and JSON answers with brotli or gzip, as the client's Accept-Encoding
 * allows. Every such answer says `Vary: Accept-Encoding`, so a shared cache keeps the variants
 * apart; a compressed answer's ETag becomes weak (`W/"…"`): the bytes differ per encoding, the
 * content does not, and If-None-Match compares weakly (sendCached's isFresh), so 304s keep working.
 * The compressed bytes of a body with a strong ETag are kept in a small bounded cache (`cache`).
 */
export function compression(cache = new CompressedCache(COMPRESSED_CACHE_ENTRIES, COMPRESSED_CACHE_BYTES)): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type');
    if (!res.body || !type || !compressible.test(type) || res.headers.has('Content-Encoding') || c.req.method === 'HEAD') return;
    if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get('Cache-Control') ?? '')) return;
    const vary = res.headers.get('Vary');
    if (!vary) res.headers.set('Vary', 'Accept-Encoding');
    else if (vary !== '*' && !/accept-encoding/i.test(vary)) res.headers.set('Vary', `${vary}, Accept-Encoding`);
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const length = Number(res.headers.get('Content-Length') ?? Number.NaN);
    if (!encoding || length < MIN_BYTES) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.byteLength < MIN_BYTES) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const etag = headers.get('ETag');
    // An unchanged body (same strong ETag) is compressed once. Nothing marked private or no-store
    // is kept (pages with personal data carry no ETag either).
    const key = /(^|,)\s*(no-store|private)\b/i.test(headers.get('Cache-Control') ?? '') ? null : CompressedCache.keyOf(etag, encoding, type, body.byteLength);
    let compressed = key ? cache.get(key) : undefined;
    if (!compressed) {
      compressed = await compressBody(body, encoding);
      if (key) cache.set(key, compressed);
    }
    headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(compressed.byteLength));
    if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    // Hono merges headers set through c.header() into a replaced c.res; start from none.
    c.res = undefined as unknown as Response;
    c.res = new Response(new Uint8Array(compressed), { status: res.status, headers });
  };
}
