import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import type { OrgActor } from '../org/actor.ts';
import { canOrg } from '../org/policy.ts';
import { liputanAlur } from './alur.ts';
import { crewOf, type LiputanRow, liputanInTenant } from './load-liputan.ts';
import { liputan } from './schema.ts';
import type { StatusLiputan } from './terms.ts';

/** Whether this person is on the assignment's crew, and whether they plan for its unit. */
export async function liputanCtx(db: Queryable, user: SessionUser, actor: OrgActor, row: LiputanRow) {
  const crew = (await crewOf(db, [row.id])).get(row.id) ?? [];
  return { petugas: user.personId !== null && crew.some((p) => p.personId === user.personId), pengelola: canOrg(actor, 'liputan.manage', row.unitId) };
}

/** Moves an assignment along (covered, in production, done) or calls it off, through its workflow. */
export async function moveLiputan(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  id: string,
  to: StatusLiputan,
  note?: string | null,
): Promise<LiputanRow> {
  return inTransaction(services.db, async (tx) => {
    const row = await liputanInTenant(tx, user.tenantId, id, { lock: true });
    const ctx = await liputanCtx(tx, user, actor, row);
    const from = row.status as StatusLiputan;
    return liputanAlur.move(tx, { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to, ctx }, async (at) => {
      const [updated] = await tx.update(liputan).set({ status: to, updatedAt: at }).where(eq(liputan.id, row.id)).returning();
      return { result: updated!, note };
    });
  });
}
