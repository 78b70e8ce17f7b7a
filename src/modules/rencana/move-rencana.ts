import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { OrgActor } from '../org/actor.ts';
import { rencanaAlur } from './alur.ts';
import { type RencanaRow, rencanaInTenant } from './load-rencana.ts';
import { rencanaItem } from './schema.ts';
import type { StatusRencana } from './terms.ts';

/** Marks a plan item carried out or called off (or planned again), through the plan's workflow. */
export async function moveRencana(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  id: string,
  to: StatusRencana,
  note?: string | null,
): Promise<RencanaRow> {
  return inTransaction(services.db, async (tx) => {
    const row = await rencanaInTenant(tx, user.tenantId, id, { lock: true });
    const from = row.status as StatusRencana;
    return rencanaAlur.move(tx, { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to, ctx: undefined }, async (at) => {
      const [updated] = await tx.update(rencanaItem).set({ status: to, updatedAt: at }).where(eq(rencanaItem.id, row.id)).returning();
      return { result: updated!, note };
    });
  });
}
