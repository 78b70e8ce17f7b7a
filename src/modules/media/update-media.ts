import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import type { MediaChange } from './fields.ts';
import { getMedia } from './get-media.ts';
import { isMediaPublic } from './media-usage.ts';
import { type MediaRow, media } from './schema.ts';

/** Changes a media item's alt text, caption, credit, privacy flag or tags. */
export async function updateMedia(services: Services, user: SessionUser, actor: OrgActor, id: string, change: MediaChange): Promise<MediaRow> {
  const before = await getMedia(services.db, actor, id);
  assertOrg(actor, 'media.manage', before.unitId);
  const tags = change.tags ? [...new Set(change.tags)] : undefined;
  return inTransaction(services.db, async (tx) => {
    const [after] = await tx
      .update(media)
      .set({ ...change, ...(tags ? { tags } : {}), updatedAt: new Date() })
      .where(eq(media.id, before.id))
      .returning();
    const fields = ['altText', 'caption', 'credit', 'privacy', 'tags'] as const;
    const pick = (row: MediaRow) => Object.fromEntries(fields.map((f) => [f, row[f]]));
    // Alt text, caption and credit show wherever a published item uses the photo, in any unit.
    if (await isMediaPublic(tx, before.id)) await markSiteChanged(tx, { tenantId: before.tenantId, unitId: null, reason: 'media' });
    await recordAudit(tx, actorOf(user), { action: 'media.updated', entity: 'media', entityId: before.id, before: pick(before), after: pick(after!) });
    return after!;
  });
}
