import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { Tx } from '../../../db/types.ts';
import type { Services } from '../../../services.ts';
import { sosialKiriman } from '../schema.ts';
import { kirimanAlur, liveStatuses, type StatusKiriman } from './kiriman-alur.ts';
import { ownerIsGone, ownerKeySuffix } from './owner-lock.ts';

export type KirimanRow = typeof sosialKiriman.$inferSelect;

/** This process's name in `lease_owner` (one per process; a lease is also unique per claim). */
export const processId = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Another process took the row over (our lease had expired): stop at once, write nothing more. */
export class LostLease extends Error {
  constructor() {
    super('kiriman lease lost');
  }
}

/**
 * Claims a due, live row for this run: one atomic update that succeeds only when nobody holds a
 * live lease, so two processes (or two deliveries of the job) never run the same kiriman at once.
 * A lease whose owner process is gone (owner-lock.ts) counts as free before it runs out; the old
 * owner, were it somehow still running, is fenced by `lease_owner` on every write. Null when the
 * row is not due, not in `statuses` (publishing's live ones unless the delete job asks for
 * `menghapus`), or someone else runs it.
 */
export async function claimKiriman(
  services: Services,
  id: string,
  leaseSec: number,
  statuses: readonly StatusKiriman[] = liveStatuses,
): Promise<{ row: KirimanRow; owner: string } | null> {
  const owner = `${processId}:${randomUUID().slice(0, 8)}${ownerKeySuffix(services)}`;
  const [row] = await services.db
    .update(sosialKiriman)
    .set({ leaseOwner: owner, leaseUntil: sql`now() + make_interval(secs => ${leaseSec})` })
    .where(
      and(
        eq(sosialKiriman.id, id),
        inArray(sosialKiriman.status, [...statuses]),
        lte(sosialKiriman.dijadwalkan, sql`now() + interval '2 seconds'`),
        or(isNull(sosialKiriman.leaseUntil), lt(sosialKiriman.leaseUntil, sql`now()`), ownerIsGone(services.database)),
      ),
    )
    .returning();
  return row ? { row, owner } : null;
}

/**
 * How long a run holds its row without renewing. Short while the run only does what is safe to
 * repeat (prepare, confirm, reconcile: a process killed there frees its rows within `shortSec`).
 * Long — the whole call timeout with room to spare — from the moment a publish call is recorded as
 * sent until its answer is stored: a process whose heartbeat starves must not lose the row while
 * that call may still reach the platform, or the next owner's reconcile could miss a post still on
 * its way and publish it again.
 */
export type LeaseLengths = { shortSec: number; callSec: number };

/** The run's handle on its row: every write is fenced by the lease, and the row in memory follows. */
export class Lease {
  private heartbeat: NodeJS.Timeout;
  private released = false;
  /** The lease's current length: short while every step is safe to repeat, long while a publish call may be out. */
  private currentSec: number;
  constructor(
    private readonly services: Services,
    readonly row: KirimanRow,
    readonly owner: string,
    private readonly lengths: LeaseLengths,
  ) {
    this.currentSec = lengths.shortSec;
    // A long step (a large upload) keeps its lease; a killed process stops renewing, and the lease expires.
    this.heartbeat = setInterval(
      () => {
        services.db
          .update(sosialKiriman)
          .set({ leaseUntil: sql`now() + make_interval(secs => ${this.currentSec})` })
          .where(and(eq(sosialKiriman.id, row.id), eq(sosialKiriman.leaseOwner, owner)))
          .catch((err) => services.log.warn('kiriman lease renewal failed', { err }));
      },
      (lengths.shortSec * 1000) / 3,
    );
    this.heartbeat.unref();
  }

  /** Writes `patch` (and moves the status through the workflow, audited) only while the lease is ours. */
  async write(patch: Partial<KirimanRow>, to?: StatusKiriman, options: { note?: string; callOut?: boolean } = {}): Promise<void> {
    const { note, callOut = false } = options;
    // The run's last write (a final status, or a wait for a later run) frees the row in the same update.
    const last = to === 'terbit' || to === 'gagal' || to === 'dihapus' || to === 'gagal_hapus' || patch.dijadwalkan !== undefined;
    const sec = callOut ? this.lengths.callSec : this.lengths.shortSec;
    const lease = last ? { leaseOwner: null, leaseUntil: null } : { leaseUntil: sql`now() + make_interval(secs => ${sec})` };
    await inTransaction(this.services.db, async (tx) => {
      const update = async () => {
        const done = await tx
          .update(sosialKiriman)
          .set({ ...patch, ...(to ? { status: to } : {}), ...lease, updatedAt: new Date() })
          .where(and(eq(sosialKiriman.id, this.row.id), eq(sosialKiriman.leaseOwner, this.owner)))
          .returning({ id: sosialKiriman.id });
        if (done.length === 0) throw new LostLease();
      };
      const from = this.row.status as StatusKiriman;
      if (to && to !== from) await moveBySystem(tx, this.row, from, to, update, { ...patch, note });
      else await update();
    });
    Object.assign(this.row, patch, to ? { status: to } : {});
    this.currentSec = sec;
    if (last) this.released = true;
  }

  /** Ends the run: the row is free for the next job (its `dijadwalkan` says when). */
  async release(): Promise<void> {
    clearInterval(this.heartbeat);
    if (this.released) return;
    await this.services.db
      .update(sosialKiriman)
      .set({ leaseOwner: null, leaseUntil: null })
      .where(and(eq(sosialKiriman.id, this.row.id), eq(sosialKiriman.leaseOwner, this.owner)));
  }

  stop(): void {
    clearInterval(this.heartbeat);
  }
}

async function moveBySystem(tx: Tx, row: KirimanRow, from: StatusKiriman, to: StatusKiriman, update: () => Promise<void>, patch: Record<string, unknown>) {
  const { error, externalId, permalink, tahap, note } = patch as Partial<KirimanRow> & { note?: string };
  await kirimanAlur.move(tx, { by: 'system', unitId: row.unitId, entityId: row.id, from, to, ctx: undefined, tenantId: row.tenantId }, async () => {
    await update();
    return { result: undefined, after: { status: to, tahap: tahap ?? row.tahap, error: error ?? null, externalId, permalink }, note: note ?? null };
  });
}
