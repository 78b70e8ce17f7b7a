import { defineAlur } from '../../alur/define-alur.ts';

/**
 * Where one publication on one account stands:
 * - `antri`: waiting for its minute (or for a retry the admin asked for), or running for the first
 *   time (its lease says so): a post that goes straight through moves once, `antri` → `terbit`,
 *   which keeps the audited moves (serialised by the audit chain) to one per post;
 * - `berjalan`: its steps started and it had to wait (a rate limit, a platform still processing) or retry;
 * - `belum_pasti`: the publish call went out and its answer was lost: reconcile runs before anything else;
 * - `terbit`: out, with external id and link; `gagal`: it did not go out (or the platform failed it);
 * - `manual`: waiting for the admin to post by hand and paste the link; `dihapus`: deleted on the platform.
 */
export const statusKiriman = ['antri', 'berjalan', 'belum_pasti', 'terbit', 'gagal', 'manual', 'dihapus'] as const;
export type StatusKiriman = (typeof statusKiriman)[number];

/** The statuses the job still works on (the due index covers exactly these). */
export const liveStatuses: readonly StatusKiriman[] = ['antri', 'berjalan', 'belum_pasti'];

/**
 * The moves of a kiriman. The system runs the steps; people retry a failed one (the job then
 * resumes safely: reconcile first when a publish call had gone out), paste a manual post's link (or
 * the link of a post whose answer was lost and that reconcile could not find), mark such a post
 * as not published, and record a deletion. Every move is audited by `move`.
 */
export const kirimanAlur = defineAlur<StatusKiriman>({
  entity: 'sosial_kiriman',
  transitions: {
    antri: ['berjalan', 'belum_pasti', 'terbit', 'gagal'],
    berjalan: ['belum_pasti', 'terbit', 'gagal'],
    belum_pasti: ['berjalan', 'terbit', 'gagal'],
    // terbit: a person confirms, with the post's link, that a post whose answer was lost is up.
    gagal: ['antri', 'terbit'],
    manual: ['terbit'],
    terbit: ['dihapus'],
    dihapus: [],
  },
  // Publishing on the unit's accounts is the admin medsos's work (seed 002 §III.B).
  may: () => 'konten.publish',
  bySystem: ['berjalan', 'belum_pasti', 'terbit', 'gagal'],
  refusedKey: 'sosial.terbit.transition_refused',
});
