import { AppError } from '../../lib/errors.ts';
import type { OwnerAccess } from '../lampiran/owner.ts';
import { assertOrg } from '../org/policy.ts';
import { getInformasi } from './get-informasi.ts';

/**
 * Who may see and change an information item's documents: every staff member reads them (as the
 * item itself); the unit's PPID and admins attach and remove them while the item is on the list.
 */
export const informasiLampiranAccess: OwnerAccess = {
  kind: 'informasi',
  async resolve(db, user, actor, id, intent) {
    const row = await getInformasi(db, user.tenantId, id);
    assertOrg(actor, intent === 'write' ? 'informasi.manage' : 'unit.view', row.unitId);
    if (intent === 'write' && row.diarsipkanAt) throw new AppError('conflict', 'informasi.archived');
    return { kind: 'informasi', id: row.id, tenantId: row.tenantId, unitId: row.unitId, label: row.judul };
  },
};
