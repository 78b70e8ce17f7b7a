import type { MiddlewareHandler } from 'hono';
import { safeEqual } from '../../lib/crypto.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppEnv } from '../env.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Two guards on every write: a browser must not send it from another site (Sec-Fetch-Site /
 * Origin), and a cookie-authenticated write must carry the session's token in X-CSRF-Token.
 */
export function csrf(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const crossSite = site === 'cross-site' || (origin !== undefined && origin !== 'null' && originHost(origin) !== new URL(c.req.url).host);
    if (crossSite) throw new AppError('forbidden', 'error.csrf');
    const session = c.get('session');
    // Public HTML forms are posted by citizens without JavaScript; only the API uses the token.
    if (session && c.req.path.startsWith('/api/')) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(sent, session.csrfToken)) throw new AppError('forbidden', 'error.csrf');
    }
    await next();
  };
}

// A browser sends a serialised origin or "null"; anything else is not a browser's form and cannot
// be compared, so it is refused as a bad request rather than failing the comparison with a 500.
function originHost(origin: string): string {
  if (!URL.canParse(origin)) throw new AppError('invalid', 'error.origin_invalid', 'Origin');
  return new URL(origin).host;
}
