import { randomInt } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../../db/open.ts';
import { holdSessionLock, type SessionLock } from '../../../db/session-lock.ts';
import type { Services } from '../../../services.ts';
import { sosialKiriman } from '../schema.ts';

// The advisory-lock space of publishing processes ('WART'); the two-number form keeps these keys
// apart from the one-number locks elsewhere (audit chain, migrations).
export const OWNER_LOCK_SPACE = 0x57415254;

type Holder = { key: number; lock: SessionLock };

// Per database: advisory locks belong to one database, and a test process may run several Wartas.
const holders = new WeakMap<Database, Holder>();

/**
 * Proves this process alive to the others on the same PostgreSQL: a session lock under a random
 * key, held for the process's life on a connection of its own. Rows claimed while it is held carry
 * the key in `lease_owner` (`<process>:<claim>:<key>`), so another process can take them over as
 * soon as the server has dropped the lock (the process died), without waiting for the lease to run
 * out. On PGlite and with no URL there is only this process: nothing to prove, the lease alone
 * serves. Returns the release; call it only once none of our runs is left, or our own rows would
 * look abandoned.
 */
export async function startOwnerLock(services: Services): Promise<() => void> {
  const database = services.database;
  if (database.kind !== 'postgres' || !database.url || holders.has(database)) return () => {};
  const key = randomInt(-(2 ** 31), 2 ** 31);
  let lock: SessionLock;
  try {
    lock = await holdSessionLock(database.url, OWNER_LOCK_SPACE, key, services.log);
  } catch (err) {
    services.log.warn('kiriman owner lock not taken; leases alone protect the rows', { err });
    return () => {};
  }
  holders.set(database, { key, lock });
  return () => {
    if (holders.get(database)?.lock !== lock) return;
    holders.delete(database);
    lock.release().catch(() => {});
  };
}

/** What a claim appends to its `lease_owner`: this process's key while its lock is held, else nothing. */
export function ownerKeySuffix(services: Services): string {
  const holder = holders.get(services.database);
  return holder?.lock.held() ? `:${holder.key}` : '';
}

/**
 * True for a row whose owner process is gone: its owner carries a key and nobody holds that key's
 * lock. The probe takes the lock for the statement's transaction only (it is back when the
 * statement ends). An owner without a key, or a live one, is left to its lease.
 */
export function ownerIsGone(database: Database): SQL {
  if (database.kind !== 'postgres') return sql`false`;
  const key = sql`coalesce(split_part(${sosialKiriman.leaseOwner}, ':', 3), '')`;
  // CASE, not AND: the cast must never see an owner without a key.
  return sql`(case when ${key} = '' then false else pg_try_advisory_xact_lock(${OWNER_LOCK_SPACE}::int, ${key}::int) end)`;
}
