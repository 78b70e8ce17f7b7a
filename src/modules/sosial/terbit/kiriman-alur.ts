import { defineAlur } from '../../alur/define-alur.ts';

/**
 * Where one publication on one account stands:
 * - `antri`: waiting for its minute (or for a retry the admin asked for), or running for the first
 *   time (its lease says so): a post that goes straight through moves once, `antri` → `terbit`,
 *   which keeps the audited moves (serialised by the audit chain) to one per post;
 * - `berjalan`: its steps started and it had to wait (a rate limit, a platform still processing) or retry;
 * - `belum_pasti`: the publish call went out and its answer was lost: reconcile runs before anything else;
 * - `terbit`: out, with external id and link; `gagal`: it did not go out (or the platform failed it);
 * - `manual`: waiting for the admin to post by hand and paste the link;
 * - `menghapus`: a person asked to delete the post on the platform and the delete job runs (or
 *   waits out a rate limit); `gagal_hapus`: the delete failed and the post is still up;
 * - `dihapus`: gone from the platform (deleted through the API, or deleted by hand and confirmed).
 */
export const statusKiriman = ['antri', 'berjalan', 'belum_pasti', 'terbit', 'gagal', 'manual', 'menghapus', 'gagal_hapus', 'dihapus'] as const;
export type StatusKiriman = (typeof statusKiriman)[number];

/** The statuses the job still works on (the due index covers exactly these). */
export const liveStatuses: readonly StatusKiriman[] = ['antri', 'berjalan', 'belum_pasti'];

/** The status the delete job works on (the due index covers it too). */
export const deletingStatuses: readonly StatusKiriman[] = ['menghapus'];

/** A post that is (still) up on the platform: what the unpublish section offers to delete. */
export const upStatuses: readonly StatusKiriman[] = ['terbit', 'menghapus', 'gagal_hapus'];

/**
 * The moves of a kiriman. The system runs the steps; people retry a failed one (the job then
 * resumes safely: reconcile first when a publish call had gone out), paste a manual post's link (or
 * the link of a post whose answer was lost and that reconcile could not find), mark such a post
 * as not published, ask for a deletion (`terbit`/`gagal_hapus` → `menghapus`: never the system, so
 * nothing is deleted automatically when an item leaves the website) and confirm a deletion they
 * made by hand (`terbit`/`gagal_hapus` → `dihapus`). The system ends a deletion it was asked for
 * (`menghapus` → `dihapus` | `gagal_hapus`). Every move is audited by `move`.
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
    terbit: ['menghapus', 'dihapus'],
    menghapus: ['dihapus', 'gagal_hapus'],
    gagal_hapus: ['menghapus', 'dihapus'],
    dihapus: [],
  },
  // Publishing on the unit's accounts, and taking the posts down again, is the admin medsos's work (seed 002 §III.B).
  may: () => 'konten.publish',
  // `dihapus` by the system only ever follows `menghapus` (the delete job claims nothing else).
  bySystem: ['berjalan', 'belum_pasti', 'terbit', 'gagal', 'dihapus', 'gagal_hapus'],
  refusedKey: 'sosial.terbit.transition_refused',
});
