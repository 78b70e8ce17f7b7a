/**
 * The words of the editorial plan (rencana redaksi, seed 003 §2.5 and seed 004 §VII.1). Codes are
 * stored in the database; people read the labels in messages.ts.
 */
export { type JenisKonten, jenisKonten } from '../konten/terms.ts';

/** Where a unit publishes (seed 004 §VII.1: the unit's website and social accounts). */
export const platformRencana = ['website', 'facebook', 'instagram', 'x', 'youtube', 'tiktok'] as const;
export type PlatformRencana = (typeof platformRencana)[number];

/** A planned item is planned until it is done (terlaksana) or called off (dibatalkan). */
export const statusRencana = ['direncanakan', 'terlaksana', 'dibatalkan'] as const;
export type StatusRencana = (typeof statusRencana)[number];
