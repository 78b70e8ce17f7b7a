import { defineAlur } from '../alur/define-alur.ts';
import type { StatusRencana } from './terms.ts';

/**
 * A plan item's status: carried out or called off, and back to planned when that was a mistake.
 * The unit's planners (`rencana.manage`) make every move.
 */
export const rencanaAlur = defineAlur<StatusRencana, undefined>({
  entity: 'rencana',
  transitions: {
    direncanakan: ['terlaksana', 'dibatalkan'],
    terlaksana: ['direncanakan'],
    dibatalkan: ['direncanakan'],
  },
  may: () => 'rencana.manage',
  refusedKey: 'rencana.transition_refused',
});
