import pg from 'pg';
import type { Database } from '../../../db/open.ts';
import type { Db } from '../../../db/types.ts';
import type { Logger } from '../../../lib/log.ts';
import { notifyOrgChanged } from '../../org/org-changed.ts';
import { deliverSiteChange, onSiteChangePending, SITE_CHANNEL, type SiteChangeMessage } from '../site-changed.ts';
import { PageCache } from './page-cache.ts';

// A change whose writer rolled back is never announced; its hold on the tenant ends after this.
const HOLD_MS = 5_000;
const RECONNECT_MS = 1_000;
const DEFAULT_BYTES = 32 * 1024 * 1024;

/** The page cache of one database and the feed that keeps it true. */
export type SitePages = { cache: PageCache; stop(): Promise<void> };

const attached = new WeakMap<Db, PageCache>();

/** The page cache of a database, or undefined when none is attached (then nothing is cached). */
export function pageCacheOf(db: Db): PageCache | undefined {
  return attached.get(db);
}

/**
 * Attaches a page cache to a database and listens for committed site changes on it: PostgreSQL's
 * NOTIFY is delivered to every listening connection, in every process, only when the writer's
 * transaction commits (nothing on rollback); PGlite (one process) delivers the same way through
 * its own `listen`. While the feed is down the cache serves nothing, and it is emptied when the
 * feed comes back, since changes may have been missed meanwhile.
 */
export async function attachPageCache(database: Database, log: Logger, maxBytes = DEFAULT_BYTES): Promise<SitePages> {
  const cache = new PageCache(maxBytes);
  const timers = new Map<string, NodeJS.Timeout>();
  // Pre-commit hint from markSiteChanged in this process: hold the tenant until the change is seen.
  const stopHints = onSiteChangePending((tag, tenantId) => {
    cache.hold(tenantId);
    timers.set(
      tag,
      setTimeout(() => {
        timers.delete(tag);
        cache.release(tenantId);
      }, HOLD_MS).unref(),
    );
  });
  const receive = (payload: string | undefined) => {
    const message = parse(payload);
    if (!message) {
      cache.clear();
      return;
    }
    cache.invalidate(message);
    const timer = timers.get(message.tag);
    if (timer) {
      clearTimeout(timer);
      timers.delete(message.tag);
      cache.release(message.tenantId);
    }
    // Another process's unit or tenant change: forget this process's host and slug lookups too.
    if (message.reason === 'unit' || message.reason === 'tenant') notifyOrgChanged();
    deliverSiteChange(message);
  };

  let stopFeed: () => Promise<void>;
  if (database.pglite) {
    const unlisten = await database.pglite.listen(SITE_CHANNEL, receive);
    stopFeed = unlisten;
  } else if (database.url) {
    stopFeed = await listenOnPostgres(database.url, cache, receive, log);
  } else throw new Error('the page cache needs PGlite or a PostgreSQL URL to listen on');

  attached.set(database.db, cache);
  return {
    cache,
    async stop() {
      attached.delete(database.db);
      stopHints();
      for (const timer of timers.values()) clearTimeout(timer);
      await stopFeed();
    },
  };
}

/** One LISTEN connection per process, reconnected when lost; the cache is off while it is down. */
async function listenOnPostgres(url: string, cache: PageCache, receive: (payload: string | undefined) => void, log: Logger): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (n) => receive(n.payload));
    const lost = () => {
      if (client !== next) return;
      client = null;
      cache.clear();
      cache.hold('*');
      next.end().catch(() => {});
      if (!stopped) retry = setTimeout(reconnect, RECONNECT_MS).unref();
    };
    next.on('error', (err) => {
      log.warn('site change feed lost', { error: err.message });
      lost();
    });
    next.on('end', lost);
    await next.connect();
    await next.query(`listen ${SITE_CHANNEL}`);
    client = next;
  };
  const reconnect = () =>
    connect().then(
      () => {
        cache.clear();
        cache.release('*');
      },
      () => {
        if (!stopped) retry = setTimeout(reconnect, RECONNECT_MS).unref();
      },
    );
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const open = client;
    client = null;
    await open?.end().catch(() => {});
  };
}

function parse(payload: string | undefined): SiteChangeMessage | null {
  try {
    const m = JSON.parse(payload ?? '') as SiteChangeMessage;
    return typeof m.tenantId === 'string' && typeof m.tag === 'string' ? m : null;
  } catch {
    return null;
  }
}
