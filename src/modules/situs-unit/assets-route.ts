import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';
import { sendCached } from '../site/send-cached.ts';
import { loadSettingsById } from './load-settings.ts';
import { accentCss, accentHref } from './public-settings.ts';

/**
 * Serves each site's accent stylesheet at `/assets/situs/{settingsId}.css?v=…`. The public CSP
 * allows styles from this origin only (no inline `<style>`, no style attributes), so a site's colour
 * travels in a file of its own: a few dozen bytes, cached for a year under its versioned address and
 * replaced by a new address when the colour changes. An old version asked for gets the current CSS,
 * cached briefly. Register before the public site's catch-all.
 */
export function registerSitusAssets(app: Hono<AppEnv>): void {
  app.get('/assets/situs/:file{[0-9a-f-]{36}\\.css}', async (c) => {
    const id = c.req.param('file').slice(0, -4);
    const row = await loadSettingsById(c.get('services').db, id);
    if (!row?.accentColor) return c.notFound();
    const css = accentCss(row.accentColor);
    const current = new URL(accentHref(row.id, row.accentColor), 'http://x').searchParams.get('v');
    const cacheControl = c.req.query('v') === current ? 'public, max-age=31536000, immutable' : 'public, max-age=60';
    return sendCached(c, css, { type: 'text/css; charset=utf-8', cacheControl });
  });
}
