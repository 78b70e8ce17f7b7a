import { and, eq, inArray, lt, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/types.ts';
import { type Lang, type MessageKey, t } from '../../i18n/catalogue.ts';
import type { ImportReport } from './report.ts';
import { imporWp } from './schema.ts';
import type { ImporRow } from './stored-files.ts';

/** What a run wrote: new items, updated, unchanged, new photos, old addresses. */
export type Hasil = { baru: number; diperbarui: number; tetap: number; media: number; pengalihan: number };

/** The job's counts so far, on the import row: what the admin screen shows, and where a resumed run continues its counts. */
export type ImportProgress = { tahap: 'membaca' | 'foto' | 'entri' | 'penutup' | 'selesai'; selesai: number; total: number; hasil: Hasil };

export type RunReport = ImportReport & { ok: boolean; hasil?: Hasil };

/** What the admin screen polls: the import's state, progress, and the report once there is one. */
export type ImportState = {
  id: string;
  status: string;
  tugas: string | null;
  progres: ImportProgress | null;
  laporan: RunReport | null;
  /** Why the last run stopped, in words. */
  galat: string | null;
};

export const noHasil = (): Hasil => ({ baru: 0, diperbarui: 0, tetap: 0, media: 0, pengalihan: 0 });

/** How long a running job holds its import without renewing (each photo and each item renews it). */
export const LEASE_MS = 2 * 60_000;

/** The job lost its import (its lease ran out and another job took over): it stops without touching it. */
export class LeaseLost extends Error {}

export function stateOf(row: ImporRow, lang: Lang): ImportState {
  return {
    id: row.id,
    status: row.status,
    tugas: row.tugas,
    progres: (row.progres as ImportProgress | null) ?? null,
    laporan: (row.report as RunReport | null) ?? null,
    galat: row.galat ? t(lang, row.galat as MessageKey) : null,
  };
}

/**
 * Takes a queued import for this job: one that waits, or one whose previous job stopped renewing
 * its lease (the process died mid-run). Returns null when there is nothing to take: done already,
 * or another job holds it.
 */
export async function claimImport(db: Db, id: string, now = new Date()): Promise<ImporRow | null> {
  const [row] = await db
    .update(imporWp)
    .set({ status: 'berjalan', leaseUntil: new Date(now.getTime() + LEASE_MS) })
    .where(and(eq(imporWp.id, id), or(eq(imporWp.status, 'antre'), and(eq(imporWp.status, 'berjalan'), lt(imporWp.leaseUntil, now)))))
    .returning();
  return row ?? null;
}

/**
 * Inside a step's transaction: locks the import, checks this job still holds it (the lease it set
 * last), renews the lease and writes the progress. Returns the new lease.
 */
export async function holdImport(tx: Tx, row: ImporRow, progres: ImportProgress): Promise<Date> {
  const [now] = await tx.select({ status: imporWp.status, leaseUntil: imporWp.leaseUntil }).from(imporWp).where(eq(imporWp.id, row.id)).for('update');
  if (now?.status !== 'berjalan' || now.leaseUntil?.getTime() !== row.leaseUntil?.getTime()) throw new LeaseLost('impor-wp lease lost');
  const leaseUntil = new Date(Date.now() + LEASE_MS);
  await tx.update(imporWp).set({ leaseUntil, progres }).where(eq(imporWp.id, row.id));
  return leaseUntil;
}

/** Imports that wait for a job or whose job stopped: at start-up each gets its job again. */
export async function unfinishedImports(db: Db): Promise<Array<{ id: string; leaseUntil: Date | null }>> {
  return db
    .select({ id: imporWp.id, leaseUntil: imporWp.leaseUntil })
    .from(imporWp)
    .where(inArray(imporWp.status, ['antre', 'berjalan']));
}
