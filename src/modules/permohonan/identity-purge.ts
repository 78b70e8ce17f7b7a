import { inArray, lte } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { utcCron } from '../jobs/utc-cron.ts';
import { purgeExpiredResubmissions } from './resubmission.ts';
import { permohonan, permohonanIdentitas } from './schema.ts';

/**
 * Deletes the identity copies whose retention has run out, and records per tenant only how many
 * went (the audit trail cannot be erased, so it never names whose copy it was).
 */
export async function purgeExpiredIdentities(services: Services, now = new Date()): Promise<number> {
  return inTransaction(services.db, async (tx) => {
    const gone = await tx.delete(permohonanIdentitas).where(lte(permohonanIdentitas.purgeAfter, now)).returning({ id: permohonanIdentitas.permohonanId });
    if (gone.length === 0) return 0;
    const owners = await tx
      .select({ tenantId: permohonan.tenantId })
      .from(permohonan)
      .where(
        inArray(
          permohonan.id,
          gone.map((g) => g.id),
        ),
      );
    const perTenant = new Map<string, number>();
    for (const { tenantId } of owners) perTenant.set(tenantId, (perTenant.get(tenantId) ?? 0) + 1);
    for (const [tenantId, count] of perTenant) {
      await recordAudit(tx, systemActor, { action: 'permohonan.identity_purged', entity: 'permohonan_identitas', tenantId, after: { count } });
    }
    return gone.length;
  });
}

export const IDENTITY_PURGE_QUEUE = 'ppid.identitas.hapus';

/**
 * Daily at 02:30 WIB (19:30 UTC the day before), a quiet hour in every Indonesian zone; the date
 * does not need to be exact. Stored as a UTC cron, which pg-boss checks more cheaply.
 */
export const IDENTITY_PURGE_CRON = utcCron({ hour: 2, minute: 30 }, 'Asia/Jakarta');

/**
 * Registers the daily purge (called once at start): expired identity copies, and the closed
 * resubmission windows with their sealed tracking tokens.
 */
export async function startIdentityPurgeJob(services: Services): Promise<void> {
  await services.jobs.work(IDENTITY_PURGE_QUEUE, { retryLimit: 5, retryDelaySeconds: 300, retryBackoff: true }, async () => {
    await purgeExpiredIdentities(services);
    await purgeExpiredResubmissions(services.db);
  });
  await services.jobs.schedule(IDENTITY_PURGE_QUEUE, IDENTITY_PURGE_CRON, {});
}
