import { defineAlur } from '../alur/define-alur.ts';
import type { StatusPesan } from './terms.ts';

/**
 * A contact message's status: new → read → answered, archived from any open state (spam is
 * archived unread). The unit's site team (`site.edit`) keeps its inbox.
 */
export const pesanAlur = defineAlur<StatusPesan>({
  entity: 'kontak',
  transitions: {
    baru: ['dibaca', 'diarsipkan'],
    dibaca: ['dijawab', 'diarsipkan'],
    dijawab: ['diarsipkan'],
    diarsipkan: [],
  },
  may: () => 'site.edit',
  refusedKey: 'kontak.transition_refused',
});
