import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import type { Services } from '../../../services.ts';
import { kontenInTenant } from '../../konten/load-konten.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg } from '../../org/policy.ts';
import { sosialKiriman } from '../schema.ts';
import { kirimanAlur } from './kiriman-alur.ts';
import { openState, sealState } from './kiriman-state.ts';
import { sendKirimanJob } from './terbit-job.ts';

/**
 * "Coba lagi yang gagal": the item's failed rows only, queued again. A row whose publish call's
 * answer was never known resumes with reconcile (so nothing goes out twice); any other starts
 * afresh from prepare. Published and running rows are left alone.
 */
export async function retryFailed(services: Services, user: SessionUser, actor: OrgActor, kontenId: string, now = new Date()) {
  const ids = await inTransaction(services.db, async (tx, afterCommit) => {
    const item = await kontenInTenant(tx, actor.tenantId, kontenId);
    assertOrg(actor, 'konten.publish', item.unitId);
    const failed = await tx
      .select()
      .from(sosialKiriman)
      .where(and(eq(sosialKiriman.kontenId, item.id), eq(sosialKiriman.status, 'gagal')))
      .for('update');
    for (const row of failed) {
      const state = openState(services, row.state);
      const unknown = !!state.publishSentAt && !state.published;
      const patch = unknown ? { tahap: 'reconcile', state: row.state } : { tahap: 'prepare', state: sealState(services, {}) };
      await kirimanAlur.move(
        tx,
        { by: { user, actor }, unitId: row.unitId, entityId: row.id, from: 'gagal', to: 'antri', ctx: undefined, at: now },
        async () => {
          await tx
            .update(sosialKiriman)
            .set({ ...patch, status: 'antri', percobaan: 0, error: null, dijadwalkan: now, leaseOwner: null, leaseUntil: null, updatedAt: now })
            .where(eq(sosialKiriman.id, row.id));
          return { result: undefined, after: { status: 'antri', tahap: patch.tahap } };
        },
      );
      afterCommit(() => sendKirimanJob(services, row.id));
    }
    return failed.map((r) => r.id);
  });
  return { diulang: ids };
}
