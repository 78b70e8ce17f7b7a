import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { etagOf } from '../../modules/site/send-cached.ts';
import type { AppEnv } from '../env.ts';
import { compression } from './compress.ts';
import { CompressedCache } from './compressed-cache.ts';

const page = (n: number) => `<!doctype html><p>${'Daftar informasi publik. '.repeat(100)} ${n}</p>`;

/** An app whose one page is whatever `current` holds, sent with a strong ETag of its bytes. */
function appWith(cache: CompressedCache, current: { body: string; cacheControl?: string }) {
  const app = new Hono<AppEnv>();
  app.use(compression(cache));
  app.get('/', (c) =>
    c.body(current.body, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      ETag: etagOf(current.body),
      'Cache-Control': current.cacheControl ?? 'public, max-age=60',
    }),
  );
  return app;
}

const get = (app: Hono<AppEnv>, encoding = 'br') => app.request('/', { headers: { 'accept-encoding': encoding } });

describe('compressed bodies kept by ETag', () => {
  it('compresses an unchanged page once and sends the kept bytes after', async () => {
    const cache = new CompressedCache(10, 1024 * 1024);
    const current = { body: page(1) };
    const app = appWith(cache, current);
    const first = await get(app);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await first.arrayBuffer())).toString()).toBe(current.body);
    expect(cache.size.entries).toBe(1);
    // Put a marker in place of the kept bytes: the next answer must be exactly those bytes.
    const key = CompressedCache.keyOf(etagOf(current.body), 'br', 'text/html; charset=utf-8', Buffer.byteLength(current.body))!;
    cache.set(key, Buffer.from('kept'));
    expect(Buffer.from(await (await get(app)).arrayBuffer()).toString()).toBe('kept');
  });

  it('compresses a changed page afresh, per encoding', async () => {
    const cache = new CompressedCache(10, 1024 * 1024);
    const current = { body: page(1) };
    const app = appWith(cache, current);
    await get(app);
    current.body = page(2);
    const changed = await get(app);
    expect(brotliDecompressSync(Buffer.from(await changed.arrayBuffer())).toString()).toBe(page(2));
    const gz = await get(app, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(page(2));
    expect(cache.size.entries).toBe(3);
  });

  it('keeps nothing marked no-store or private, nor a body without a strong ETag', async () => {
    const cache = new CompressedCache(10, 1024 * 1024);
    await get(appWith(cache, { body: page(3), cacheControl: 'no-store' }));
    await get(appWith(cache, { body: page(4), cacheControl: 'private, max-age=0' }));
    expect(cache.size.entries).toBe(0);
    expect(CompressedCache.keyOf('W/"abc"', 'br', 'text/html', 10)).toBeNull();
    expect(CompressedCache.keyOf(null, 'br', 'text/html', 10)).toBeNull();
  });

  it('stays within its entries and bytes, dropping the least recently used', () => {
    const cache = new CompressedCache(2, 100);
    cache.set('a', Buffer.alloc(10));
    cache.set('b', Buffer.alloc(10));
    cache.get('a');
    cache.set('c', Buffer.alloc(10));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    const small = new CompressedCache(10, 100);
    small.set('x', Buffer.alloc(13)); // more than an eighth of the bytes: not kept
    for (const k of ['p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'y']) small.set(k, Buffer.alloc(12));
    expect(small.get('x')).toBeUndefined();
    expect(small.size.bytes).toBeLessThanOrEqual(100);
  });
});
