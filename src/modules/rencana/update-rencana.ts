import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import type { RencanaChange } from './fields.ts';
import { assertContentOfUnit, unknownContent } from './konten-link.ts';
import { type RencanaRow, rencanaInTenant } from './load-rencana.ts';
import { rencanaItem } from './schema.ts';
import { assertInTeam } from './team-people.ts';

/** Changes a plan item's fields, or links it to the content item that carries it out; the status moves through move-rencana.ts. */
export async function updateRencana(services: Services, user: SessionUser, actor: OrgActor, id: string, change: RencanaChange): Promise<RencanaRow> {
  return inTransaction(services.db, async (tx) => {
    const row = await rencanaInTenant(tx, user.tenantId, id, { lock: true });
    assertOrg(actor, 'rencana.manage', row.unitId);
    if (change.pemilikPersonId) await assertInTeam(tx, row.unitId, [change.pemilikPersonId], 'pemilikPersonId', 'rencana.owner_not_in_team');
    if (change.kontenId) await assertContentOfUnit(tx, user.tenantId, row.unitId, [change.kontenId], 'kontenId');
    const [updated] = await tx
      .update(rencanaItem)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(rencanaItem.id, row.id))
      .returning()
      .catch(unknownContent('kontenId'));
    const before = Object.fromEntries(Object.keys(change).map((k) => [k, row[k as keyof RencanaRow]]));
    await recordAudit(tx, actorOf(user), { action: 'rencana.updated', entity: 'rencana', entityId: row.id, before, after: change });
    return updated!;
  });
}
