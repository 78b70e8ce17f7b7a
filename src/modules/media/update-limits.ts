import { z } from 'zod';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { getMediaLimits, MEDIA_LIMIT_CEILING, type MediaLimits } from './limits.ts';
import { mediaLimits } from './schema.ts';

const limitMb = z
  .number()
  .int()
  .min(1)
  .max(MEDIA_LIMIT_CEILING / 1024 / 1024);

/** The limits form: megabytes per kind. */
export const limitsBody = z.object({ fotoMb: limitMb, videoMb: limitMb, dokumenMb: limitMb });

/** Sets a tenant's upload limits per kind (admin only). */
export async function updateMediaLimits(services: Services, user: SessionUser, actor: OrgActor, input: z.output<typeof limitsBody>): Promise<MediaLimits> {
  assertOrg(actor, 'media.settings');
  const MB = 1024 * 1024;
  const values = { fotoMaxBytes: input.fotoMb * MB, videoMaxBytes: input.videoMb * MB, dokumenMaxBytes: input.dokumenMb * MB };
  return inTransaction(services.db, async (tx) => {
    const before = await getMediaLimits(tx, user.tenantId);
    await tx
      .insert(mediaLimits)
      .values({ tenantId: user.tenantId, ...values })
      .onConflictDoUpdate({ target: mediaLimits.tenantId, set: { ...values, updatedAt: new Date() } });
    const after = await getMediaLimits(tx, user.tenantId);
    await recordAudit(tx, actorOf(user), { action: 'media_limits.updated', entity: 'media_limits', entityId: user.tenantId, before, after });
    return after;
  });
}
