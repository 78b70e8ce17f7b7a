import type { Queryable } from '../../db/types.ts';
import { listSteps } from '../alur/list-steps.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { kontenInTenant } from './load-konten.ts';

/** An item's stages in order, from the one workflow history (alur). */
export async function kontenHistory(db: Queryable, actor: OrgActor, id: string) {
  const row = await kontenInTenant(db, actor.tenantId, id);
  assertOrg(actor, 'konten.view', row.unitId);
  const steps = await listSteps(db, 'konten', row.id);
  return { items: steps.map((s) => ({ from: s.fromStatus, to: s.toStatus, actorLabel: s.actorLabel, at: s.at, note: s.note })) };
}
