import { sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/types.ts';
import { AppError } from '../lib/errors.ts';
import type { AppEnv } from './env.ts';
import { fromTrustedProxy } from './proxy.ts';

/**
 * Counts one hit against `key` in a fixed window kept in the database, so every process behind
 * a load balancer shares the count. Returns how many seconds are left when the limit is passed.
 */
export async function hitRateLimit(db: Db, key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; retryAfter: number }> {
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
    returning count, extract(epoch from (window_start + make_interval(secs => ${windowSeconds}) - now()))::int as left_seconds`);
  const row = (result as unknown as { rows: Array<{ count: number; left_seconds: number }> }).rows[0];
  const count = Number(row?.count ?? 0);
  return { allowed: count <= limit, retryAfter: Math.max(1, Number(row?.left_seconds ?? windowSeconds)) };
}

/**
 * The client's address, used only as a rate-limit key and never stored: behind a trusted proxy the
 * one that proxy appended to X-Forwarded-For (never one the client wrote itself), else the socket's.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const forwarded = fromTrustedProxy(c, 'x-forwarded-for');
  if (forwarded) return forwarded.slice(0, 64);
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** Limits a route per client address, e.g. public forms: `rateLimit('kontak', 5, 600)`. */
export function rateLimit(name: string, limit: number, windowSeconds: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const addr = clientAddress(c);
    const { allowed, retryAfter } = await hitRateLimit(c.get('services').db, `${name}:${addr}`, limit, windowSeconds);
    if (!allowed) {
      c.header('Retry-After', String(retryAfter));
      throw new AppError('rate_limited', 'error.rate_limited', undefined, { seconds: retryAfter });
    }
    await next();
  };
}
