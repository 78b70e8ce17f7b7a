import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/** A strong ETag from the hash of a response body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether the client's If-None-Match already names this ETag (weak or strong, or `*`). */
export function isFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * Sends a public response with an ETag and a cache lifetime, or an empty 304 when the client's
 * copy is current, so a CDN, nginx or a phone on a slow link need not fetch the body again.
 */
export function sendCached(c: Context<AppEnv>, body: string, opts: { type: string; cacheControl: string; status?: 200 | 404; etag?: string }): Response {
  const etag = opts.etag ?? etagOf(body);
  const headers = { ETag: etag, 'Cache-Control': opts.cacheControl };
  if ((opts.status ?? 200) === 200 && isFresh(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  return c.body(body, opts.status ?? 200, { ...headers, 'Content-Type': opts.type });
}
