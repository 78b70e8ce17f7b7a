import PgBoss from 'pg-boss';
import type { Database } from '../../db/open.ts';
import { describeError, type Logger } from '../../lib/log.ts';

export type JobHandler<T> = (data: T, meta: { id: string; retryCount: number }) => Promise<void>;

export type QueueOptions = { retryLimit?: number; retryDelaySeconds?: number; retryBackoff?: boolean };

/**
 * What to do when a job's last attempt failed too, so that the thing it was working on is not left
 * waiting for ever (a photo "Sedang diproses"); errors it throws are logged, never retried.
 */
export type GiveUp<T> = (data: T, err: unknown) => Promise<void>;

const DEFAULT_RETRY_LIMIT = 3;

/** The durable job queue (pg-boss) on whichever database Warta runs on. */
export type Jobs = {
  /** `priority`: higher runs first among the queue's due jobs (default 0). */
  send<T extends object>(queue: string, data: T, options?: { startAfter?: Date | number; singletonKey?: string; priority?: number }): Promise<string | null>;
  work<T extends object>(queue: string, options: QueueOptions & { onGiveUp?: GiveUp<T> }, handler: JobHandler<T>): Promise<void>;
  /**
   * Sends `data` to `queue` on a cron schedule (UTC unless `tz` is given). pg-boss keeps one
   * schedule per queue in the database, so calling this on every start neither duplicates nor
   * loses it, and with several Warta processes each due time is sent once. Prefer a UTC cron
   * (`utcCron` for a local time in an Indonesian zone): pg-boss evaluates every schedule every
   * 30 s, and a zoned one costs about three times the CPU.
   */
  schedule<T extends object>(queue: string, cron: string, data: T, options?: { tz?: string }): Promise<void>;
  stop(): Promise<void>;
  healthy(): Promise<boolean>;
};

/** Starts pg-boss with its tables in the `pgboss` schema, batched polling, graceful stop. */
export async function startJobs(database: Database, log: Logger, opts: { pollSeconds?: number } = {}): Promise<Jobs> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.executeSql(text, values) },
    schema: 'pgboss',
    // The cron check evaluates every schedule with cron-parser in its zone on the event loop, 0.5–5
    // ms of CPU each when warm (bench/cron-check.ts; Warta's own schedules are all UTC, which is
    // about three times cheaper than a zoned one). It stays at
    // 30 s, pg-boss's default, because that is the longest safe interval: a check is skipped when
    // the previous one's database time came late, and pg-boss only sends a due time within 60 s of
    // it, so at 45 s one skip (a 90 s gap) could lose a day's reminder. Maintenance (archive,
    // expiry) at its default of 120 s. (`superviseIntervalSeconds`, set here before, is no pg-boss
    // 10 option and did nothing.)
    cronMonitorIntervalSeconds: 30,
    maintenanceIntervalSeconds: 120,
  } satisfies ConstructorParameters<typeof PgBoss>[0]);
  boss.on('error', (err) => log.error('job queue error', { err }));
  await boss.start();
  const pollingIntervalSeconds = opts.pollSeconds ?? 1;
  const created = new Set<string>();
  const ensureQueue = async (name: string, options: QueueOptions = {}) => {
    if (created.has(name)) return;
    await boss.createQueue(name, {
      name,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: options.retryBackoff ?? true,
    });
    created.add(name);
  };
  let running = true;
  return {
    async send(queue, data, options = {}) {
      await ensureQueue(queue);
      // pg-boss refuses a `priority` key that is present but undefined.
      const priority = options.priority === undefined ? {} : { priority: options.priority };
      return boss.send(queue, data, { startAfter: options.startAfter as Date, singletonKey: options.singletonKey, ...priority });
    },
    async work(queue, options, handler) {
      await ensureQueue(queue, options);
      await boss.work(queue, { batchSize: 10, pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
        // One job's failure must not fail its batch-mates: each is completed or failed on its own.
        for (const job of jobs) {
          try {
            await handler(job.data as never, { id: job.id, retryCount: job.retryCount });
            await boss.complete(queue, job.id);
          } catch (err) {
            log.warn('job failed', { queue, job: job.id, err });
            if (options.onGiveUp && job.retryCount >= (options.retryLimit ?? DEFAULT_RETRY_LIMIT)) {
              await options.onGiveUp(job.data as never, err).catch((giveUpErr) => log.error('job give-up failed', { queue, job: job.id, err: giveUpErr }));
            }
            // pg-boss keeps this in its table: the error's class and codes, never its message (a
            // failed query's message carries the query's parameters).
            await boss.fail(queue, job.id, { error: describeError(err) });
          }
        }
      });
    },
    async schedule(queue, cron, data, options = {}) {
      await ensureQueue(queue);
      await boss.schedule(queue, cron, data, { tz: options.tz ?? 'UTC' });
    },
    async stop() {
      if (!running) return;
      running = false;
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
    async healthy() {
      if (!running) return false;
      try {
        await boss.getQueue('__health__');
        return true;
      } catch {
        return false;
      }
    },
  };
}
