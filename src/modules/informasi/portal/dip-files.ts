import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../../http/env.ts';
import { openFile } from '../../lampiran/open-file.ts';
import { sendFile } from '../../lampiran/send-file.ts';
import { resolveSite, siteHref } from '../../site/resolve-site.ts';
import { serveSitePage } from '../../site/serve-site-page.tsx';
import { unitPath } from '../../site/site-menu.ts';
import type { Trail } from '../../site/unit-pages/page-trail.ts';
import { findListedInformasi } from '../find-listed-informasi.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The public address of a DIP item's file: `/{unit}/ppid/dip/{item}/berkas/{file}`. */
export function dipFileHref(trail: Trail, itemId: string, lampiranId: string): string {
  return siteHref(trail.ctx, unitPath(trail.ctx, 'ppid', 'dip', itemId, 'berkas', lampiranId));
}

/**
 * Serves the files of public information items to anyone, cacheable (the item is public by law).
 * An exempt (DIK) or withdrawn item's files, and anything else, answer the site's 404 page.
 * Register before the public site's catch-all.
 */
export function registerDipFiles(app: Hono<AppEnv>): void {
  app.get('/:unit/ppid/dip/:item/berkas/:file', serveDipFile);
  app.get('/ppid/dip/:item/berkas/:file', serveDipFile);
}

async function serveDipFile(c: Context<AppEnv>): Promise<Response> {
  const { db } = c.get('services');
  const site = await resolveSite(db, c.req.header('host'), new URL(c.req.url).pathname, 'id');
  const [ppid, dip, itemId = '', berkas, fileId = '', ...more] = site?.rest ?? [];
  const unit = site?.ctx.unit;
  if (!unit || ppid !== 'ppid' || dip !== 'dip' || berkas !== 'berkas' || more.length > 0 || !uuid.test(fileId)) return serveSitePage(c);
  const item = await findListedInformasi(db, unit.id, itemId);
  if (!item || item.klasifikasi === 'dikecualikan') return serveSitePage(c);
  const file = await openFile(db, { kind: 'informasi', id: item.id, tenantId: item.tenantId }, fileId);
  if (!file) return serveSitePage(c);
  return sendFile(c, file, 'public');
}
