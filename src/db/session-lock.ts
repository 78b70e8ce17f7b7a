import pg from 'pg';
import type { Logger } from '../lib/log.ts';

/** A session-level advisory lock on a connection of its own: `held()` while the server keeps it for us. */
export type SessionLock = {
  held(): boolean;
  /** Gives the lock back and closes its connection (no reconnecting afterwards). */
  release(): Promise<void>;
};

const RECONNECT_MS = 1000;

/**
 * Holds the advisory lock `(space, key)` on a dedicated PostgreSQL connection for as long as the
 * caller lives. The server drops the lock when that connection ends — a process killed with
 * kill -9 included — so another session's `pg_try_advisory_xact_lock(space, key)` tells whether
 * the holder is still there. A connection lost while we live is opened again and the lock taken
 * again; meanwhile `held()` is false. Resolves once the lock is first held.
 */
export async function holdSessionLock(url: string, space: number, key: number, log: Logger): Promise<SessionLock> {
  let client: pg.Client | null = null;
  let held = false;
  let released = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (c: pg.Client) => {
    if (client !== c) return;
    held = false;
    client = null;
    c.end().catch(() => {});
    if (released) return;
    log.warn('session lock connection lost; taking the lock again', { space });
    retry = setTimeout(() => {
      connect().catch(() => {});
    }, RECONNECT_MS);
    retry.unref();
  };
  const connect = async (first = false) => {
    const c = new pg.Client({ connectionString: url, keepAlive: true });
    client = c;
    // Without a listener a dropped connection's 'error' would end the process.
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query('select pg_advisory_lock($1::int, $2::int)', [space, key]);
      if (client === c && !released) held = true;
    } catch (err) {
      // The first attempt answers its caller; later ones keep trying in the background.
      if (first) released = true;
      lost(c);
      throw err;
    }
  };

  await connect(true);
  return {
    held: () => held,
    async release() {
      released = true;
      held = false;
      clearTimeout(retry);
      const c = client;
      client = null;
      // Ending the session gives the lock back; no unlock call can race with a reconnect.
      await c?.end().catch(() => {});
    },
  };
}
