import { eq } from 'drizzle-orm';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../http/env.ts';
import { streamStored } from '../../media/file-routes.ts';
import { media } from '../../media/schema.ts';
import { findDerivative } from '../../media/store-derivatives.ts';
import { mediaFilePattern, mediaLinkValid } from './media-url.ts';

const idSchema = z.uuid();

/**
 * Serves a post's file to the platform that fetches it (`/sosial/berkas/{media}/{1600.jpg|asli}?exp&sig`),
 * only while the signed link is valid; anything else is the same 404, so a link reveals nothing
 * after it expires.
 */
export function registerSosialMediaFiles(app: Hono<AppEnv>): void {
  app.get('/sosial/berkas/:id/:file', async (c) => {
    const services = c.get('services');
    const id = c.req.param('id');
    const file = c.req.param('file');
    if (!idSchema.safeParse(id).success || !mediaFilePattern.test(file)) return c.notFound();
    if (!mediaLinkValid(services, id, file, c.req.query('exp'), c.req.query('sig'))) return c.notFound();
    const [row] = await services.db.select().from(media).where(eq(media.id, id));
    if (!row) return c.notFound();
    const headers = { 'Cache-Control': 'private, no-store' };
    if (file === 'asli') {
      if (!row.storageKey) return c.notFound();
      return streamStored(c, row.storageKey, { ...headers, 'Content-Type': row.mediaType });
    }
    const derivative = findDerivative(row.derivatives, file);
    if (!derivative) return c.notFound();
    return streamStored(c, derivative.key, { ...headers, 'Content-Type': 'image/jpeg' });
  });
}
