import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import { media, mediaUsage } from './schema.ts';

export type MediaUsageInput = {
  tenantId: string;
  /** The owning module's name for the thing, e.g. `konten`. */
  entity: string;
  entityId: string;
  /** Every media item the entity uses now; the ones it no longer uses are released. */
  mediaIds: string[];
  /** The entity is public (published): its media may be served to anyone. */
  isPublic: boolean;
  /**
   * Ids not in the tenant's library: refused (the default), or left out, for an entity that may
   * hold a stale id until it is checked later (a draft; approval runs `assertMediaReady`).
   */
  unknown?: 'refuse' | 'skip';
};

/**
 * Records which media an entity uses, replacing what it used before, inside the caller's
 * transaction (the caller audits its own change). Ids not in the tenant are refused on `mediaIds`.
 */
export async function setMediaUsage(tx: Tx, input: MediaUsageInput): Promise<void> {
  let ids = [...new Set(input.mediaIds)];
  if (ids.length > 0) {
    // Shared locks: a deletion of one of these waits for this transaction, then sees the use.
    const found = await tx
      .select({ id: media.id })
      .from(media)
      .where(and(eq(media.tenantId, input.tenantId), inArray(media.id, ids)))
      .for('share');
    if (found.length !== ids.length) {
      if (input.unknown !== 'skip') throw new AppError('invalid', 'media.unknown', 'mediaIds');
      const known = new Set(found.map((f) => f.id));
      ids = ids.filter((id) => known.has(id));
    }
  }
  await tx.delete(mediaUsage).where(and(eq(mediaUsage.entity, input.entity), eq(mediaUsage.entityId, input.entityId)));
  if (ids.length > 0)
    await tx
      .insert(mediaUsage)
      .values(ids.map((mediaId) => ({ tenantId: input.tenantId, entity: input.entity, entityId: input.entityId, mediaId, isPublic: input.isPublic })));
}

/** Where a media item is used: each entity with whether it is public. */
export async function whereMediaUsed(db: Queryable, mediaId: string): Promise<Array<{ entity: string; entityId: string; isPublic: boolean; since: Date }>> {
  return db
    .select({ entity: mediaUsage.entity, entityId: mediaUsage.entityId, isPublic: mediaUsage.isPublic, since: mediaUsage.updatedAt })
    .from(mediaUsage)
    .where(eq(mediaUsage.mediaId, mediaId))
    .orderBy(mediaUsage.entity, mediaUsage.entityId);
}

/** Whether any public entity uses the media item: only then are its copies served to everyone. */
export async function isMediaPublic(db: Queryable, mediaId: string): Promise<boolean> {
  const [row] = await db
    .select({ mediaId: mediaUsage.mediaId })
    .from(mediaUsage)
    .where(and(eq(mediaUsage.mediaId, mediaId), eq(mediaUsage.isPublic, true)))
    .limit(1);
  return row !== undefined;
}
