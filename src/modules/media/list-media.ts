import { and, arrayContains, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { OrgActor } from '../org/actor.ts';
import { orgScope } from '../org/policy.ts';
import type { MediaListQuery } from './fields.ts';
import { type MediaRow, media } from './schema.ts';

export const MEDIA_PAGE_SIZE = 48;

/**
 * The media this actor may see, newest first: searched in name, alt text, caption and tags,
 * filtered by kind, unit and tag, one page at a time.
 */
export async function listMedia(db: Queryable, actor: OrgActor, query: MediaListQuery): Promise<{ items: MediaRow[]; total: number }> {
  const scope = orgScope(actor, 'media.view');
  if (scope !== 'all' && scope.length === 0) return { items: [], total: 0 };
  const where: SQL[] = [eq(media.tenantId, actor.tenantId)];
  if (scope !== 'all') where.push(inArray(media.unitId, scope));
  if (query.unitId) where.push(eq(media.unitId, query.unitId));
  if (query.kind) where.push(eq(media.kind, query.kind));
  if (query.tag) where.push(arrayContains(media.tags, [query.tag]));
  if (query.q) {
    // Words anywhere, as typed: a name, part of a caption, a tag. Escaped for LIKE.
    const pattern = `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    where.push(
      sql`(${media.originalName} ilike ${pattern} or ${media.altText} ilike ${pattern} or ${media.caption} ilike ${pattern} or ${media.credit} ilike ${pattern} or array_to_string(${media.tags}, ' ') ilike ${pattern})`,
    );
  }
  const condition = and(...where);
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(media)
      .where(condition)
      .orderBy(desc(media.createdAt), desc(media.id))
      .limit(MEDIA_PAGE_SIZE)
      .offset((query.page - 1) * MEDIA_PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(media).where(condition),
  ]);
  return { items, total: count?.n ?? 0 };
}
