import { AppError } from '../../lib/errors.ts';
import type { OwnerAccess } from '../lampiran/owner.ts';
import { assertOrg } from '../org/policy.ts';
import { permohonanInTenant } from './load-permohonan.ts';
import type { Status } from './terms.ts';

/** Decisions that deliver information, and so may carry it as files or links. */
export const grantedStatuses: readonly Status[] = ['dikabulkan_seluruhnya', 'dikabulkan_sebagian'];

/**
 * Who may see and change the information attached to a request's decision: everyone who reads the
 * request sees it; the unit's processing PPID adds and removes it, and only once the request is granted.
 */
export const permohonanLampiranAccess: OwnerAccess = {
  kind: 'permohonan',
  async resolve(db, user, actor, id, intent) {
    const row = await permohonanInTenant(db, user.tenantId, id, { lock: intent === 'write' });
    assertOrg(actor, intent === 'write' ? 'permohonan.process' : 'permohonan.view', row.unitId);
    if (intent === 'write' && !grantedStatuses.includes(row.status as Status)) throw new AppError('conflict', 'lampiran.not_granted');
    return { kind: 'permohonan', id: row.id, tenantId: row.tenantId, unitId: row.unitId, label: row.number };
  },
};
