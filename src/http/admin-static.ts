import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

const distDir = fileURLToPath(new URL('../../admin/dist', import.meta.url));

/** Serves the built admin SPA under /admin; unknown paths get index.html so client routes work. */
export function serveAdmin(app: Hono<AppEnv>): void {
  app.get('/admin', (c) => c.redirect('/admin/'));
  app.use(
    '/admin/assets/*',
    serveStatic({
      root: distDir,
      rewriteRequestPath: (path) => path.replace(/^\/admin/, ''),
      onFound: (_path, c) => {
        // File names carry a content hash, so they never change.
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.get('/admin/*', (c) => {
    const index = `${distDir}/index.html`;
    if (!existsSync(index)) {
      return c.text('Admin belum dibangun: jalankan `npm run build:admin`. / The admin is not built: run `npm run build:admin`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
}
