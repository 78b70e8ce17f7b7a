import { sql } from 'drizzle-orm';
import type { Db } from '../../db/types.ts';

/**
 * A progressive delay after failures, instead of a lock: after `free` failures in a row under one
 * key, the next attempt must wait 1 s, then 2, 4, 8 … up to `maxSeconds`. Nothing is ever locked,
 * so an outsider cannot shut the owner out; they only slow themselves (or the key they share).
 * Counts live in the shared `rate_limits` table under `backoff:` keys: `count` is the failures in
 * a row and `window_start` the last one; a key left alone for a day starts again.
 */
export type BackoffRule = { free: number; maxSeconds: number };

const FORGET_AFTER_SECONDS = 24 * 3600;

/** The wait after `failures` failures in a row, in seconds. */
export function backoffSeconds(rule: BackoffRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxSeconds, 2 ** (failures - rule.free));
}

/** Seconds still to wait before the next attempt under `key` (0: go ahead). */
export async function backoffWait(db: Db, key: string, rule: BackoffRule): Promise<number> {
  const result = await db.execute(sql`
    select count, extract(epoch from (now() - window_start))::float8 as since
    from rate_limits where key = ${`backoff:${key}`}`);
  const row = (result as unknown as { rows: Array<{ count: number; since: number }> }).rows[0];
  if (!row) return 0;
  const since = Number(row.since);
  if (since > FORGET_AFTER_SECONDS) return 0;
  return Math.max(0, Math.ceil(backoffSeconds(rule, Number(row.count)) - since));
}

/** Counts one failure under `key`; returns the failures in a row so far. */
export async function backoffFailure(db: Db, key: string): Promise<number> {
  const result = await db.execute(sql`
    insert into rate_limits (key, window_start, count) values (${`backoff:${key}`}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - make_interval(secs => ${FORGET_AFTER_SECONDS}) then 1 else rate_limits.count + 1 end,
      window_start = now()
    returning count`);
  return Number((result as unknown as { rows: Array<{ count: number }> }).rows[0]?.count ?? 1);
}

/** Forgets the failures under `key` (after a success). */
export async function backoffReset(db: Db, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${`backoff:${key}`}`);
}
