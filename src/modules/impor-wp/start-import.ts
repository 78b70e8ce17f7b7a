import { access } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { type ImportState, stateOf } from './import-state.ts';
import type { Mapping } from './mapping.ts';
import { imporWp } from './schema.ts';
import { exportPathOf, imporInTenant } from './stored-files.ts';

/** The pg-boss queue that runs dry runs and imports (run-import.ts). */
export const IMPORT_QUEUE = 'impor-wp.jalankan';

/**
 * Queues a dry run (`dryRun`) or the real run of an uploaded import and answers at once: the job
 * does the work, the admin screen polls the state. Allowed from diunggah, diuji (after a dry run
 * or a run stopped by row errors), gagal (a stopped run: the new one resumes it) and berjalan
 * once its lease ran out; refused while a job is queued or holds it (409 impor_wp.busy) and once
 * imported (409 impor_wp.already_run).
 */
export async function startImport(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  input: { id: string; mapping: Mapping; dryRun: boolean; lang: Lang },
): Promise<ImportState> {
  const found = await imporInTenant(services.db, user.tenantId, input.id);
  assertOrg(actor, 'import.run', found.unitId);
  // Files swept after three days answer now, not from the job later.
  await access(exportPathOf(services, found.id)).catch(() => {
    throw new AppError('conflict', 'impor_wp.files_gone');
  });
  return inTransaction(services.db, async (tx, afterCommit) => {
    // Two clicks at once: the second waits here, then finds the first queued.
    const [row] = await tx
      .select()
      .from(imporWp)
      .where(and(eq(imporWp.id, found.id), eq(imporWp.tenantId, user.tenantId)))
      .for('update');
    if (row!.status === 'selesai') throw new AppError('conflict', 'impor_wp.already_run');
    // A run whose job stopped renewing its lease (its process died, or it failed to record its
    // failure) may be started again; the new job resumes it, and the old one, if it ever wakes,
    // finds the import taken and stops.
    const stalled = row!.status === 'berjalan' && (row!.leaseUntil?.getTime() ?? 0) < Date.now();
    if ((row!.status === 'antre' || row!.status === 'berjalan') && !stalled) throw new AppError('conflict', 'impor_wp.busy');
    const tugas = input.dryRun ? 'uji' : 'impor';
    const [queued] = await tx
      .update(imporWp)
      .set({ status: 'antre', tugas, mapping: input.mapping, bahasa: input.lang, dijalankanOleh: user.id, galat: null, report: null, leaseUntil: null })
      .where(eq(imporWp.id, row!.id))
      .returning();
    await recordAudit(tx, actorOf(user), {
      action: 'impor_wp.diantrekan',
      entity: 'impor_wp',
      entityId: row!.id,
      before: { status: row!.status },
      after: { status: 'antre', tugas, mapping: input.mapping },
    });
    afterCommit(() => services.jobs.send(IMPORT_QUEUE, { imporId: row!.id }));
    return stateOf(queued!, input.lang);
  });
}

/** The state of an import for the admin screen's polling. */
export async function importState(services: Services, user: SessionUser, actor: OrgActor, id: string, lang: Lang): Promise<ImportState> {
  const row = await imporInTenant(services.db, user.tenantId, id);
  assertOrg(actor, 'import.run', row.unitId);
  return stateOf(row, lang);
}
