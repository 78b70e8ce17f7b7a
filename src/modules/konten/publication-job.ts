import { and, eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { applyMove } from './apply-move.ts';
import { contextOf, type KontenRow } from './load-konten.ts';
import { konten } from './schema.ts';
import { fillKontenDaftarIfEmpty } from './sync-daftar.ts';

export const PUBLICATION_QUEUE = 'konten.terbit_terjadwal';

/** One scheduled publication: the item, the approved revision and the exact minute it was scheduled for. */
export type PublicationJob = { kontenId: string; revisionId: string; at: string };

const jobOf = (row: KontenRow): PublicationJob => ({
  kontenId: row.id,
  revisionId: row.approvedRevisionId as string,
  at: (row.scheduledAt as Date).toISOString(),
});

/** Queues the durable job that publishes a scheduled item at its time (called once the schedule has committed). */
export async function sendPublicationJob(services: Services, row: KontenRow): Promise<void> {
  const job = jobOf(row);
  await services.jobs.send(PUBLICATION_QUEUE, job, { startAfter: new Date(job.at), singletonKey: `${job.kontenId}:${job.revisionId}:${job.at}` });
}

/**
 * Publishes a scheduled item as the system, exactly once: the row is locked and the move is made
 * only while the item is still scheduled for this very minute and revision. A cancelled,
 * rescheduled or edited schedule, a second delivery of the job, a second Warta process or the
 * start-up sweep all find the row changed and do nothing. Returns whether it published.
 */
export async function publishScheduled(services: Services, job: PublicationJob, now = new Date()): Promise<boolean> {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const [row] = await tx.select().from(konten).where(eq(konten.id, job.kontenId)).for('update');
    if (row?.status !== 'dijadwalkan' || row.approvedRevisionId !== job.revisionId) return false;
    if (row.scheduledAt?.toISOString() !== job.at) return false;
    // pg-boss starts the job at its time by the database's clock; a job started early (another
    // clock, a manual run) fails and is retried rather than lost or published ahead of time.
    if (row.scheduledAt.getTime() > now.getTime() + 5_000) throw new Error('scheduled publication started before its time');
    try {
      await applyMove(tx, services, afterCommit, { row, by: 'system', to: 'terbit', ctx: await contextOf(tx, row, null, null) });
      return true;
    } catch (err) {
      // A schedule whose approval no longer holds stays scheduled for a person to look at.
      if (err instanceof AppError) {
        services.log.warn('scheduled publication refused', { konten: row.id, code: err.code, key: err.messageKey });
        return false;
      }
      throw err;
    }
  });
}

/** Publishes what came due while Warta was down and re-queues future schedules (the job skips duplicates). */
export async function sweepScheduled(services: Services, now = new Date()): Promise<number> {
  const due = await services.db
    .select()
    .from(konten)
    .where(and(eq(konten.status, 'dijadwalkan'), sql`${konten.scheduledAt} is not null`));
  let published = 0;
  for (const row of due) {
    if ((row.scheduledAt as Date).getTime() <= now.getTime()) {
      if (await publishScheduled(services, jobOf(row), now)) published++;
    } else await sendPublicationJob(services, row);
  }
  return published;
}

/** Registers the publication worker and runs the start-up sweep (boot.ts), after filling the public lists' index if a database from before it has none. */
export async function startPublicationJobs(services: Services): Promise<void> {
  if (await fillKontenDaftarIfEmpty(services.db)) services.log.info('konten: public lists index filled from the live items');
  await services.jobs.work<PublicationJob>(PUBLICATION_QUEUE, { retryLimit: 5, retryDelaySeconds: 30 }, async (job) => {
    await publishScheduled(services, job);
  });
  await sweepScheduled(services);
}
