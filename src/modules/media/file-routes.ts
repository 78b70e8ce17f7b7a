import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { loadActor } from '../org/actor.ts';
import { mayViewMedia } from './get-media.ts';
import { isMediaPublic } from './media-usage.ts';
import { media } from './schema.ts';
import { mediaStorage } from './storage.ts';
import { findDerivative } from './store-derivatives.ts';

const idSchema = z.uuid();
const fileSchema = /^(poster-)?\d{1,4}\.(webp|jpg)$/;

/** Streams a stored file with headers that keep browsers from guessing its type. */
export async function streamStored(c: Context<AppEnv>, key: string, headers: Record<string, string>): Promise<Response> {
  const found = await mediaStorage(c.get('services').config).open(key);
  if (!found) return c.notFound();
  const body = Readable.toWeb(found.stream as Readable) as ReadableStream<Uint8Array>;
  return c.body(body, 200, { ...headers, 'Content-Length': String(found.bytes), 'X-Content-Type-Options': 'nosniff' });
}

/**
 * Serves the responsive copies at `/media/{id}/{640.webp}`: to anyone once something public uses
 * the item (cached for a year: a copy's content never changes under its URL), and to the staff of
 * its units as a preview. Anyone else gets the same 404 as for a missing file.
 */
export function registerMediaFiles(app: Hono<AppEnv>): void {
  app.get('/media/:id/:file', async (c) => {
    const { db } = c.get('services');
    const id = c.req.param('id');
    const file = c.req.param('file');
    if (!idSchema.safeParse(id).success || !fileSchema.test(file)) return c.notFound();
    const [row] = await db.select().from(media).where(eq(media.id, id));
    const derivative = row ? findDerivative(row.derivatives, file) : undefined;
    if (!row || !derivative) return c.notFound();
    let cache = 'public, max-age=31536000, immutable';
    if (!(await isMediaPublic(db, row.id))) {
      const user = c.get('user');
      const staff = user && !c.get('session')?.mfaPending && user.tenantId === row.tenantId && mayViewMedia(await loadActor(db, user), row.unitId);
      if (!staff) return c.notFound();
      cache = 'private, no-cache';
    }
    const etag = `"${derivative.etag}"`;
    const headers = { 'Content-Type': derivative.format === 'jpeg' ? 'image/jpeg' : 'image/webp', 'Cache-Control': cache, ETag: etag };
    if (
      c.req
        .header('if-none-match')
        ?.split(',')
        .some((tag) => tag.trim() === etag)
    )
      return c.body(null, 304, headers);
    return streamStored(c, derivative.key, headers);
  });
}
