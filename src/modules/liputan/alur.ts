import { AppError } from '../../lib/errors.ts';
import { defineAlur } from '../alur/define-alur.ts';
import type { StatusLiputan } from './terms.ts';

/** Who is moving an assignment: one of its crew, and/or one of the unit's planners. */
export type LiputanCtx = { petugas: boolean; pengelola: boolean };

const crewOrManager = (ctx: LiputanCtx) => (ctx.petugas || ctx.pengelola ? null : new AppError('forbidden', 'liputan.not_assignee'));

/**
 * An assignment's status: planned → covered → in production → done, called off from any open
 * state. The crew mark their own progress (any of them, the unit's planners too); only the
 * planners call it off.
 */
export const liputanAlur = defineAlur<StatusLiputan, LiputanCtx>({
  entity: 'liputan',
  transitions: {
    direncanakan: ['diliput', 'dibatalkan'],
    diliput: ['produksi', 'dibatalkan'],
    produksi: ['selesai', 'dibatalkan'],
    selesai: [],
    dibatalkan: [],
  },
  may: (to) => (to === 'dibatalkan' ? 'liputan.manage' : 'liputan.cover'),
  guards: { diliput: crewOrManager, produksi: crewOrManager, selesai: crewOrManager },
  refusedKey: 'liputan.transition_refused',
});
