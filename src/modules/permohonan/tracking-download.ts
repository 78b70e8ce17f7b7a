import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../http/env.ts';
import { openFile } from '../lampiran/open-file.ts';
import { sendFile } from '../lampiran/send-file.ts';
import { resolveSite } from '../site/resolve-site.ts';
import { sendSitePage, serveSitePage } from '../site/serve-site-page.tsx';
import { pageTrail } from '../site/unit-pages/page-trail.ts';
import { trackingPage } from './pages.tsx';
import { trackPermohonan } from './track-permohonan.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Registers the download of a granted request's files from its tracking page: a POST of number,
 * tracking code and file, at `/{unit}/ppid/permohonan/lacak/berkas` (and `/ppid/…` on a unit's own
 * host). Register before the public site's catch-all.
 */
export function registerTrackingDownload(app: Hono<AppEnv>): void {
  const small = bodyLimit({ maxSize: 8 * 1024, onError: (c) => c.text('Payload Too Large', 413) });
  app.post('/:unit/ppid/permohonan/lacak/berkas', small, downloadTrackedFile);
  app.post('/ppid/permohonan/lacak/berkas', small, downloadTrackedFile);
}

/**
 * Checks the number and code again, as the tracking page does, then sends the file, never cached.
 * A wrong code, an unknown number, a request not (or no longer) granted and a file of another
 * request all answer the same "not found" tracking page.
 */
async function downloadTrackedFile(c: Context<AppEnv>): Promise<Response> {
  const { db } = c.get('services');
  const lang = c.req.query('lang') === 'en' ? 'en' : 'id';
  const site = await resolveSite(db, c.req.header('host'), new URL(c.req.url).pathname, lang);
  if (!site?.ctx.unit || site.rest.join('/') !== 'ppid/permohonan/lacak/berkas') return serveSitePage(c);
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim().slice(0, 200) : '');
  const [number, token, fileId] = [field('nomor'), field('token'), field('lampiran')];
  const found = number && token ? await trackPermohonan(db, site.ctx.unit.id, number, token) : null;
  const listed = found?.lampiran.find((item) => item.id === fileId && item.kind === 'file');
  const file = found && listed && uuid.test(fileId) ? await openFile(db, { kind: 'permohonan', id: found.id, tenantId: site.ctx.tenant.id }, fileId) : null;
  if (!file) return sendSitePage(c, site.ctx, trackingPage(pageTrail(site.ctx, site.ctx.unit), { number, token }, null));
  return sendFile(c, file, 'private');
}
