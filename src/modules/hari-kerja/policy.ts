import { AppError } from '../../lib/errors.ts';
import type { OrgActor } from '../org/actor.ts';

export type HariKerjaAction = 'holiday.view' | 'holiday.manage';

/**
 * Who may see and change the holiday calendar: every team member (staff) reads it; only an
 * admin changes it, because one wrong date moves every legal deadline of the agency.
 */
export function canHariKerja(actor: OrgActor, action: HariKerjaAction): boolean {
  if (actor.isAdmin) return true;
  return action === 'holiday.view' && actor.roles.length > 0;
}

export function assertHariKerja(actor: OrgActor, action: HariKerjaAction): void {
  if (!canHariKerja(actor, action)) throw new AppError('forbidden', 'error.forbidden');
}
