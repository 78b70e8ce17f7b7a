import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import type { OrgActor } from '../org/actor.ts';
import { canOrg } from '../org/policy.ts';
import { type MediaRow, media } from './schema.ts';

/** A media item of the tenant, or 404. */
export async function mediaInTenant(db: Queryable, tenantId: string, id: string): Promise<MediaRow> {
  const [row] = await db
    .select()
    .from(media)
    .where(and(eq(media.id, id), eq(media.tenantId, tenantId)));
  if (!row) throw new AppError('not_found', 'error.not_found');
  return row;
}

/** Whether this actor may see the media of a unit: its publication team, evaluators and admins. */
export function mayViewMedia(actor: OrgActor, unitId: string): boolean {
  return canOrg(actor, 'media.view', unitId);
}

/** A media item this actor may see, or 404/403. */
export async function getMedia(db: Queryable, actor: OrgActor, id: string): Promise<MediaRow> {
  const row = await mediaInTenant(db, actor.tenantId, id);
  if (!mayViewMedia(actor, row.unitId)) throw new AppError('forbidden', 'error.forbidden');
  return row;
}
