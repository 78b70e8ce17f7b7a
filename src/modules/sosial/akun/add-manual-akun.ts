import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import type { Services } from '../../../services.ts';
import { actorOf, recordAudit } from '../../audit/record-audit.ts';
import type { OrgActor } from '../../org/actor.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun } from '../schema.ts';
import { viewAkun } from './load-akun.ts';
import { assertManageAkun } from './policy.ts';

export type ManualAkunInput = { unitId: string; platform: Platform; nama: string; profileUrl: string };

/**
 * An account Warta does not post to (the platform will not approve the agency's app): the admin
 * posts by hand from the caption and media Warta prepares, then pastes the post's link.
 */
export async function addManualAkun(services: Services, user: SessionUser, actor: OrgActor, input: ManualAkunInput) {
  await assertManageAkun(services.db, actor, input.unitId);
  const saved = await inTransaction(services.db, async (tx) => {
    const [row] = await tx
      .insert(sosialAkun)
      .values({
        tenantId: user.tenantId,
        unitId: input.unitId,
        platform: input.platform,
        mode: 'manual',
        status: 'terhubung',
        nama: input.nama,
        profileUrl: input.profileUrl,
        connectedBy: user.id,
        connectedAt: new Date(),
      })
      .returning();
    await recordAudit(tx, actorOf(user), {
      action: 'sosial_akun.manual_ditambah',
      entity: 'sosial_akun',
      entityId: row!.id,
      after: { platform: input.platform, nama: input.nama, profileUrl: input.profileUrl, mode: 'manual' },
    });
    return row!;
  });
  return viewAkun(saved);
}
