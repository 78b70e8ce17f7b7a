import { eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import type { OrgActor } from '../../org/actor.ts';
import { sosialKiriman } from '../schema.ts';
import { kirimanAlur } from './kiriman-alur.ts';
import { kirimanInTenant } from './kiriman-of.ts';
import { sealState } from './kiriman-state.ts';
import { answerUnknown } from './paste-link.ts';
import { sendKirimanJob } from './terbit-job.ts';

/**
 * "Tandai belum terbit": a publish answer was lost, reconcile could not tell (TikTok without
 * video.list), and the person checked the account: the post is not there. Only then may the row
 * be sent again from the start; the person's word replaces the proof reconcile could not give,
 * and the audit trail keeps who gave it. Any other row: 409 (use "Coba lagi yang gagal").
 */
export async function markNotPosted(services: Services, user: SessionUser, actor: OrgActor, id: string, now = new Date()) {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const row = await kirimanInTenant(tx, actor.tenantId, id, { lock: true });
    kirimanAlur.check(actor, row.unitId, row.status as never, 'antri', undefined);
    if (!answerUnknown(row)) throw new AppError('conflict', 'sosial.terbit.not_unknown');
    const result = await kirimanAlur.move(
      tx,
      { by: { user, actor }, unitId: row.unitId, entityId: row.id, from: 'gagal', to: 'antri', ctx: undefined, at: now },
      async () => {
        await tx
          .update(sosialKiriman)
          .set({
            status: 'antri',
            tahap: 'prepare',
            state: sealState(services, {}),
            percobaan: 0,
            error: null,
            dijadwalkan: now,
            leaseOwner: null,
            leaseUntil: null,
            updatedAt: now,
          })
          .where(eq(sosialKiriman.id, row.id));
        return { result: { id: row.id, status: 'antri' }, after: { status: 'antri', tahap: 'prepare', dipastikan: 'belum_terbit' } };
      },
    );
    afterCommit(() => sendKirimanJob(services, row.id));
    return result;
  });
}
