import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { disputeOf, type HistoryEntry, historyOf, type Keberatan, keberatanInTenant, type Sengketa } from './load-keberatan.ts';

export type KeberatanDetail = Keberatan & { history: HistoryEntry[]; sengketa: Sengketa | null };

/**
 * One objection with its representative's data, its history and its dispute, for the unit's PPID
 * and Atasan PPID. Every such view is recorded in the audit trail, as for requests.
 */
export async function getKeberatan(services: Services, user: SessionUser, actor: OrgActor, id: string): Promise<KeberatanDetail> {
  return inTransaction(services.db, async (tx) => {
    const row = await keberatanInTenant(tx, user.tenantId, id);
    assertOrg(actor, 'keberatan.view', row.unitId);
    await recordAudit(tx, actorOf(user), { action: 'keberatan.personal_data_viewed', entity: 'keberatan', entityId: row.id, after: { number: row.number } });
    return { ...row, history: await historyOf(tx, row.id), sengketa: await disputeOf(tx, row.id) };
  });
}
