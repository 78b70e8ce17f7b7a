import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { loadActor } from '../org/actor.ts';
import { answerRange, type RangeAnswer } from './byte-range.ts';
import { mayViewMedia } from './get-media.ts';
import { isMediaPublic } from './media-usage.ts';
import { media } from './schema.ts';
import { mediaStorage, type StoredFacts } from './storage.ts';
import { findDerivative } from './store-derivatives.ts';

const idSchema = z.uuid();
const fileSchema = /^(poster-)?\d{1,4}\.(webp|jpg)$/;

/**
 * Streams a stored file with headers that keep browsers from guessing its type, answering byte
 * ranges (a video's seek bar, a resumed download; see byte-range.ts for which ones). A caller's
 * ETag names the version, else the storage's; the storage is asked for the length first only when
 * a range is requested, so a plain download stays one read.
 */
export async function streamStored(c: Context<AppEnv>, key: string, headers: Record<string, string>): Promise<Response> {
  const storage = mediaStorage(c.get('services').config);
  const rangeHeader = c.req.header('range');
  let answer: RangeAnswer = { kind: 'whole' };
  if (rangeHeader) {
    const facts = await storage.stat(key);
    if (!facts) return c.notFound();
    answer = answerRange({ ...facts, etag: headers.ETag ?? facts.etag }, rangeHeader, c.req.header('if-range'));
    if (answer.kind === 'unsatisfiable') {
      return c.body(null, 416, { ...validators(headers, facts), 'Content-Range': `bytes */${facts.size}`, 'Accept-Ranges': 'bytes' });
    }
  }
  const found = await storage.open(key, answer.kind === 'part' ? answer.range : undefined);
  if (!found) return c.notFound();
  const body = Readable.toWeb(found.stream as Readable) as ReadableStream<Uint8Array>;
  const common = {
    ...headers,
    ...validators(headers, found),
    'Accept-Ranges': 'bytes',
    'Content-Length': String(found.bytes),
    'X-Content-Type-Options': 'nosniff',
  };
  if (answer.kind !== 'part') return c.body(body, 200, common);
  const { start, end } = answer.range;
  return c.body(body, 206, { ...common, 'Content-Range': `bytes ${start}-${end}/${found.size}` });
}

// The version a client sends back in If-Range: the caller's ETag if it has one, and the file's time.
const validators = (headers: Record<string, string>, facts: StoredFacts) => ({
  ETag: headers.ETag ?? facts.etag,
  'Last-Modified': facts.modifiedAt.toUTCString(),
});

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
