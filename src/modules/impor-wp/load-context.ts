import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { findPeople } from '../org/find-people.ts';
import { listBidang } from '../org/find-units.ts';
import type { PlanContext } from './plan-import.ts';
import { imporWpObjek } from './schema.ts';

export type ImportContext = PlanContext & {
  /** Re-import keys already written by this very import (an earlier attempt that stopped): a resumed run skips them. */
  doneHere: ReadonlySet<string>;
  bidang: Array<{ id: string; name: string; slug: string }>;
  people: Array<{ id: string; name: string; email: string | null }>;
};

/** What a plan is checked against: the unit's bidang, the tenant's people, and what earlier imports of this site made in the unit. */
export async function loadImportContext(db: Queryable, tenantId: string, unitId: string, siteUrl: string, imporId?: string): Promise<ImportContext> {
  const bidang = (await listBidang(db, unitId)).map((b) => ({ id: b.id, name: b.name, slug: b.slug }));
  const people = (await findPeople(db, { tenantId, limit: 5000 })).map((p) => ({ id: p.id, name: p.name, email: p.email }));
  const earlier = await db
    .select({ wpKey: imporWpObjek.wpKey, entity: imporWpObjek.entity, entityId: imporWpObjek.entityId, imporId: imporWpObjek.imporId })
    .from(imporWpObjek)
    .where(and(eq(imporWpObjek.unitId, unitId), eq(imporWpObjek.siteUrl, siteUrl)));
  return {
    bidang,
    people,
    doneHere: new Set(earlier.filter((e) => e.imporId === imporId).map((e) => e.wpKey)),
    bidangIds: new Set(bidang.map((b) => b.id)),
    personIds: new Set(people.map((p) => p.id)),
    existingKonten: new Map(earlier.filter((e) => e.entity === 'konten').map((e) => [e.wpKey, e.entityId])),
    existingMedia: new Map(earlier.filter((e) => e.entity === 'media').map((e) => [e.wpKey, e.entityId])),
  };
}
