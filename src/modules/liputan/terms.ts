/** The words of coverage assignments (liputan, DOMAIN.md §3.1 step 2; seed 002 §III.B roles). */

/** planned → covered → in production → done; called off from any open state. */
export const statusLiputan = ['direncanakan', 'diliput', 'produksi', 'selesai', 'dibatalkan'] as const;
export type StatusLiputan = (typeof statusLiputan)[number];

/** The states where an assignment still has work ahead. */
export const openLiputan: readonly StatusLiputan[] = ['direncanakan', 'diliput', 'produksi'];

/** What a person does on an assignment (seed 002: kameramen, editor video, kontributor). */
export const peranPetugas = ['kameramen', 'kontributor', 'editor_video', 'penulis'] as const;
export type PeranPetugas = (typeof peranPetugas)[number];
