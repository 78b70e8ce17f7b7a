import type { Queryable } from '../../db/types.ts';
import type { Scope } from './load-rows.ts';
import type { Period } from './period.ts';

/**
 * Disputes (sengketa informasi) are kept by another module, which does not exist yet. The report
 * asks through this small interface: that module calls `provideSengketaSource` once at start-up
 * with a function returning the disputes lodged in a period and the requests they concern. Until
 * one is provided the report shows 0 and says the dispute module is not available.
 */
export type SengketaSource = (db: Queryable, scope: Scope, period: Period) => Promise<{ jumlah: number; permohonanIds: string[] }>;

export type SengketaCount = { tersedia: boolean; jumlah: number; permohonanIds: string[] };

let source: SengketaSource | null = null;

/** Installs (or, with null, removes) the module that counts disputes. */
export function provideSengketaSource(next: SengketaSource | null): void {
  source = next;
}

/** The disputes of a scope and period, or 0 marked unavailable when no module provides them. */
export async function countSengketa(db: Queryable, scope: Scope, period: Period): Promise<SengketaCount> {
  if (!source) return { tersedia: false, jumlah: 0, permohonanIds: [] };
  const { jumlah, permohonanIds } = await source(db, scope, period);
  return { tersedia: true, jumlah, permohonanIds };
}
