import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Lang, MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { activeUserById } from '../auth/session-user-of.ts';
import { loadActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { claimImport, type ImportProgress, LeaseLost, noHasil, unfinishedImports } from './import-state.ts';
import { loadImportContext } from './load-context.ts';
import { mappingSchema } from './mapping.ts';
import { planImport } from './plan-import.ts';
import { reportOf } from './report.ts';
import { imporWp } from './schema.ts';
import { IMPORT_QUEUE } from './start-import.ts';
import { readStored } from './stored-files.ts';
import { writePlan } from './write-plan.ts';

/**
 * The job of a queued import: plans it with the admin's mapping (as the dry run always did) and,
 * for a real run without row errors, writes it item by item (write-plan.ts). A dry run, or a run
 * whose rows have errors, ends `diuji` with its report and writes nothing. Any failure ends the
 * import `gagal` with a message; what it finished stays whole and a new run resumes.
 */
export async function runImportJob(services: Services, imporId: string): Promise<void> {
  const row = await claimImport(services.db, imporId);
  if (!row) return;
  const started: ImportProgress = { tahap: 'membaca', selesai: 0, total: 0, hasil: noHasil(), ...(row.progres as ImportProgress | null) };
  const written = { progres: started };
  try {
    const user = row.dijalankanOleh ? await activeUserById(services, row.dijalankanOleh) : null;
    if (!user) throw new AppError('forbidden', 'impor_wp.user_gone');
    const actor = await loadActor(services.db, user);
    assertOrg(actor, 'import.run', row.unitId);
    const mapping = mappingSchema.parse(row.mapping);
    const { wxr, archive } = await readStored(services, row);
    const ctx = await loadImportContext(services.db, row.tenantId, row.unitId, wxr.siteUrl, row.id);
    const plan = planImport(wxr, archive, mapping, ctx);
    const failing = plan.counts.rowsWithErrors ?? 0;
    const writes = row.tugas === 'impor' && failing === 0;
    const report = { ...reportOf(row.id, !writes, wxr, plan, mapping, row.bahasa as Lang), ok: failing === 0 };
    if (!writes) {
      // The progress stays: after a stopped run it holds the counts a later run resumes from.
      await services.db.update(imporWp).set({ status: 'diuji', report, leaseUntil: null }).where(eq(imporWp.id, row.id));
      return;
    }
    await writePlan(services, { user, actor, row, wxr, archive, plan, ctx, mapping, report, progres: written });
  } catch (err) {
    if (err instanceof LeaseLost) return;
    await markFailed(services, row.id, err, written.progres);
  }
}

/** Ends a run that stopped: the import says why; its finished items stay, so the next run resumes. */
async function markFailed(services: Services, id: string, err: unknown, progres: ImportProgress): Promise<void> {
  const galat: MessageKey = err instanceof AppError ? err.messageKey : 'impor_wp.failed';
  if (!(err instanceof AppError)) services.log.error('wordpress import failed', { imporId: id, err });
  await inTransaction(services.db, async (tx) => {
    const [row] = await tx.update(imporWp).set({ status: 'gagal', galat, progres, leaseUntil: null }).where(eq(imporWp.id, id)).returning();
    await recordAudit(
      tx,
      { ...systemActor, tenantId: row!.tenantId },
      { action: 'impor_wp.gagal', entity: 'impor_wp', entityId: id, after: { status: 'gagal', galat, hasil: progres.hasil } },
    );
  });
}

/** Registers the import worker and gives every import left queued or running by a stopped process its job again (boot.ts). */
export async function startImportJobs(services: Services): Promise<void> {
  // No retries by pg-boss: a failure is recorded on the import and the admin decides; a process
  // that died mid-run is picked up by the start-up sweep below once its lease has run out.
  await services.jobs.work<{ imporId: string }>(IMPORT_QUEUE, { retryLimit: 0 }, ({ imporId }) => runImportJob(services, imporId));
  for (const left of await unfinishedImports(services.db)) {
    await services.jobs.send(IMPORT_QUEUE, { imporId: left.id }, { startAfter: left.leaseUntil ?? new Date() });
  }
}
