import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { getMedia } from './get-media.ts';
import { media, mediaUsage } from './schema.ts';
import { mediaStorage } from './storage.ts';

/**
 * Deletes a media item and its files. Refused while anything uses it: a news item would lose its
 * picture without anyone deciding so.
 */
export async function deleteMedia(services: Services, user: SessionUser, actor: OrgActor, id: string): Promise<void> {
  const row = await getMedia(services.db, actor, id);
  assertOrg(actor, 'media.manage', row.unitId);
  const keys = [row.storageKey, ...row.derivatives.map((d) => d.key)].filter((k): k is string => k !== null);
  await inTransaction(services.db, async (tx, afterCommit) => {
    // Locks the row so a usage written at the same moment waits and then finds it gone.
    await tx.select({ id: media.id }).from(media).where(eq(media.id, row.id)).for('update');
    const [used] = await tx.select({ entity: mediaUsage.entity }).from(mediaUsage).where(eq(mediaUsage.mediaId, row.id)).limit(1);
    if (used) throw new AppError('conflict', 'media.in_use');
    await tx.delete(media).where(eq(media.id, row.id));
    await recordAudit(tx, actorOf(user), {
      action: 'media.deleted',
      entity: 'media',
      entityId: row.id,
      before: { ...row, derivatives: row.derivatives.length },
    });
    // Files go once the row is gone for good; a failed removal leaves an orphan file, never a broken row.
    afterCommit(async () => {
      const storage = mediaStorage(services.config);
      for (const key of keys) await storage.remove(key).catch((err) => services.log.warn('media file not removed', { key, err }));
    });
  });
}
