import { eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { actorOf, recordAudit } from '../../audit/record-audit.ts';
import type { OrgActor } from '../../org/actor.ts';
import { sosialAkun } from '../schema.ts';
import { akunInTenant, viewAkun } from './load-akun.ts';
import { assertManageAkun } from './policy.ts';

/**
 * Disconnects an account: its tokens are dropped from the database (Warta can no longer post
 * there) and it stays listed as `terputus`, so its past posts keep their account. Reconnecting
 * starts OAuth again.
 */
export async function disconnectAkun(services: Services, user: SessionUser, actor: OrgActor, id: string) {
  const saved = await inTransaction(services.db, async (tx) => {
    const akun = await akunInTenant(tx, user.tenantId, id, { lock: true });
    await assertManageAkun(tx, actor, akun.unitId);
    if (akun.status === 'terputus') throw new AppError('conflict', 'sosial.akun.already_disconnected');
    const [row] = await tx
      .update(sosialAkun)
      .set({ status: 'terputus', credentialsSealed: null, tokenExpiresAt: null, refreshExpiresAt: null, refreshLeaseUntil: null, updatedAt: new Date() })
      .where(eq(sosialAkun.id, akun.id))
      .returning();
    await recordAudit(tx, actorOf(user), {
      action: 'sosial_akun.diputus',
      entity: 'sosial_akun',
      entityId: akun.id,
      before: { status: akun.status },
      after: { status: 'terputus', tokensDropped: akun.credentialsSealed !== null },
    });
    return row!;
  });
  return viewAkun(saved);
}
