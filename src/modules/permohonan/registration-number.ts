import type { Tx } from '../../db/types.ts';
import type { Unit } from '../org/find-units.ts';
import { nextInSequence } from '../org/unit-year-counter.ts';
import { permohonanCounters } from './schema.ts';

export type RegistrationNumber = { number: string; year: number; sequence: number };

/**
 * Issues the next registration number of a unit for a year, e.g. `PPID/DINAS-A/2026/00017`
 * (Pasal 22(4)–(5)). The counter row is locked until the caller's transaction ends, so concurrent
 * registrations queue on it; a rolled-back registration rolls its number back too, leaving no gap.
 */
export async function allocateRegistrationNumber(tx: Tx, unit: Pick<Unit, 'id' | 'slug'>, year: number): Promise<RegistrationNumber> {
  const sequence = await nextInSequence(tx, permohonanCounters, unit.id, year);
  return { number: formatNumber(unit.slug, year, sequence), year, sequence };
}

/** The readable number: the unit's slug is unique in its tenant, so the number is too. */
export function formatNumber(unitSlug: string, year: number, sequence: number): string {
  return `PPID/${unitSlug.toUpperCase()}/${year}/${String(sequence).padStart(5, '0')}`;
}
