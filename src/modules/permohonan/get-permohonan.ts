import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { hasIdentity } from './identity-store.ts';
import { type HistoryEntry, historyOf, type Permohonan, permohonanInTenant } from './load-permohonan.ts';

export type PermohonanDetail = Omit<Permohonan, 'trackingTokenHash'> & { history: HistoryEntry[]; hasIdentity: boolean };

/**
 * One request with the requester's personal data and its history, for the unit's PPID and its Atasan PPID. Every
 * such view is recorded in the audit trail (who saw whose data, when).
 */
export async function getPermohonan(services: Services, user: SessionUser, actor: OrgActor, id: string): Promise<PermohonanDetail> {
  return inTransaction(services.db, async (tx) => {
    const { trackingTokenHash: _hidden, ...row } = await permohonanInTenant(tx, user.tenantId, id);
    assertOrg(actor, 'permohonan.view', row.unitId);
    await recordAudit(tx, actorOf(user), { action: 'permohonan.personal_data_viewed', entity: 'permohonan', entityId: row.id, after: { number: row.number } });
    return { ...row, history: await historyOf(tx, row.id), hasIdentity: await hasIdentity(tx, row.id) };
  });
}
