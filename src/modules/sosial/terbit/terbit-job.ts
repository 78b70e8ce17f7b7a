import { and, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Services } from '../../../services.ts';
import { sosialKiriman } from '../schema.ts';
import { deletingStatuses, liveStatuses } from './kiriman-alur.ts';
import { ownerIsGone, startOwnerLock } from './owner-lock.ts';
import { runHapus } from './run-hapus.ts';
import { type RunOptions, runKiriman } from './run-kiriman.ts';

export const KIRIMAN_QUEUE = 'sosial.kiriman';
/** Deletions a person asked for (run-hapus.ts); a queue of their own, so a long publish never holds one up. */
export const HAPUS_QUEUE = 'sosial.kiriman.hapus';

export type KirimanJob = { kirimanId: string };

/**
 * The queue's order: a row already under way (waiting for its next step, or left by a process that
 * died) runs before posts not yet begun, so a large batch queued at once cannot hold it up.
 */
export type JobPriority = 'new' | 'begun';
const priorities: Record<JobPriority, number> = { new: 0, begun: 1 };

const sendOptions = (at: Date | undefined, priority: JobPriority) => ({
  ...(at && at.getTime() > Date.now() ? { startAfter: at } : {}),
  priority: priorities[priority],
});

/** Queues a run of one kiriman at `at` (now when absent); called once the row has committed. */
export async function sendKirimanJob(services: Services, kirimanId: string, at?: Date, priority: JobPriority = 'new'): Promise<void> {
  await services.jobs.send(KIRIMAN_QUEUE, { kirimanId } satisfies KirimanJob, sendOptions(at, priority));
}

/** Queues a delete run of one kiriman at `at` (now when absent); called once the row has committed. */
export async function sendHapusJob(services: Services, kirimanId: string, at?: Date, priority: JobPriority = 'new'): Promise<void> {
  await services.jobs.send(HAPUS_QUEUE, { kirimanId } satisfies KirimanJob, sendOptions(at, priority));
}

/**
 * Rows that are due and that nobody runs: a job lost before it was sent, or a process killed
 * (kill -9) mid-run, whose lease has expired or whose owner is known gone (owner-lock.ts; no
 * quiet period for those: no job of theirs is coming). Each gets a new job; the claim makes a
 * second job for the same row harmless.
 */
export async function sweepKiriman(services: Services, staleSec = 10): Promise<number> {
  const stale = sql`now() - make_interval(secs => ${staleSec})`;
  const rows = await services.db
    .select({ id: sosialKiriman.id, status: sosialKiriman.status })
    .from(sosialKiriman)
    .where(
      and(
        inArray(sosialKiriman.status, [...liveStatuses, ...deletingStatuses]),
        or(
          and(
            lt(sosialKiriman.dijadwalkan, stale),
            lt(sosialKiriman.updatedAt, stale),
            or(isNull(sosialKiriman.leaseUntil), lt(sosialKiriman.leaseUntil, sql`now()`)),
          ),
          and(lt(sosialKiriman.dijadwalkan, sql`now()`), ownerIsGone(services.database)),
        ),
      ),
    )
    .limit(500);
  for (const { id, status } of rows)
    await (status === 'menghapus' ? sendHapusJob(services, id, undefined, 'begun') : sendKirimanJob(services, id, undefined, 'begun'));
  return rows.length;
}

export type TerbitJobOptions = RunOptions & {
  /** Jobs run side by side in one process (each queue worker runs its batch one job at a time). */
  workers?: number;
  sweepSeconds?: number;
};

/**
 * Registers the kiriman workers (publishing and deleting) and the sweep (boot.ts), behind this
 * process's owner lock (owner-lock.ts); returns the stop: the sweep ends at once, the lock once
 * our runs have.
 */
export async function startKirimanJobs(services: Services, options: TerbitJobOptions = {}): Promise<() => void> {
  // Taken before the workers start, so our claims carry the key from the first; given back on
  // stop only once our last run has ended, so a graceful stop never makes our rows look abandoned.
  const releaseOwnerLock = await startOwnerLock(services);
  let running = 0;
  let stopping = false;
  const releaseWhenIdle = () => {
    if (stopping && running === 0) releaseOwnerLock();
  };
  const counted = async (work: () => Promise<unknown>) => {
    running++;
    try {
      await work();
    } finally {
      running--;
      releaseWhenIdle();
    }
  };
  const run: RunOptions = { ...options, later: (id, at) => sendKirimanJob(services, id, at, 'begun') };
  // Most of a run is waiting on the platform, so a few run side by side; the lease keeps each row to one.
  for (let i = 0; i < (options.workers ?? 8); i++) {
    await services.jobs.work<KirimanJob>(KIRIMAN_QUEUE, { retryLimit: 5, retryDelaySeconds: 20 }, async (job) => {
      await counted(() => runKiriman(services, job.kirimanId, run));
    });
  }
  const hapus = { ...run, later: (id: string, at: Date) => sendHapusJob(services, id, at, 'begun') };
  for (let i = 0; i < 2; i++) {
    await services.jobs.work<KirimanJob>(HAPUS_QUEUE, { retryLimit: 5, retryDelaySeconds: 20 }, async (job) => {
      await counted(() => runHapus(services, job.kirimanId, hapus));
    });
  }
  const timer = setInterval(
    () => {
      sweepKiriman(services).catch((err) => services.log.warn('kiriman sweep failed', { err }));
    },
    (options.sweepSeconds ?? 10) * 1000,
  );
  timer.unref();
  return () => {
    clearInterval(timer);
    stopping = true;
    releaseWhenIdle();
  };
}
