import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.ts';
import { fromTrustedProxy } from '../proxy.ts';

// Public pages load nothing but their own stylesheet and images; no script at all.
const publicCsp = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
// The admin SPA loads its own bundle and talks only to this origin. The one hash lets an EMPTY
// <style> element exist (it is the SHA-256 of ""): the plan's calendar (FullCalendar 6) creates
// one and fills it through the CSSOM, which CSP does not govern; a <style> with any text in it is
// still refused, as are style attributes. Its icon font is a data: URL inside those rules, hence
// font-src data: (a font runs no script, and nothing else can bring one in).
const emptyStyleElement = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
const adminCsp = `default-src 'self'; script-src 'self'; style-src 'self' ${emptyStyleElement}; font-src 'self' data:; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`;

/**
 * The security headers of an answer to `path`, with HSTS only where the request really arrived
 * over HTTPS. Also sent by the page cache's raw fast path (`serve-cached-raw.ts`), so a cached page
 * carries exactly these whichever way it is answered.
 */
export function securityHeadersOf(path: string, https: boolean): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', path.startsWith('/admin') ? adminCsp : publicCsp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'same-origin'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ];
  if (https) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  return headers;
}

/** Strict headers on every response (a route's own CSP kept); API answers never cached. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    for (const [name, value] of securityHeadersOf(c.req.path, isHttps(c))) {
      if (name !== 'Content-Security-Policy' || !h.has(name)) h.set(name, value);
    }
    // API answers carry personal data (requests, objections, people, accounts) and the downloads of
    // it: neither the browser nor a proxy keeps them, unless a route says its answer is public.
    if (isApi(c.req.path) && !h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** Whether the visitor's connection is HTTPS, trusting X-Forwarded-Proto only behind a trusted proxy. */
export function isHttps(c: Context<AppEnv>): boolean {
  return (fromTrustedProxy(c, 'x-forwarded-proto') ?? new URL(c.req.url).protocol.replace(':', '')) === 'https';
}
