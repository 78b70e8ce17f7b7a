import type { Tx } from '../../db/types.ts';
import type { Unit } from '../org/find-units.ts';
import { nextInSequence } from '../org/unit-year-counter.ts';
import { keberatanCounters } from './schema.ts';

export type RegistrationNumber = { number: string; year: number; sequence: number };

/**
 * Issues the next objection number of a unit for a year, e.g. `KEB/DINAS-A/2026/00003`. The
 * counter row is locked until the caller's transaction ends, so concurrent registrations queue on
 * it; a rolled-back registration rolls its number back too, leaving no gap.
 */
export async function allocateObjectionNumber(tx: Tx, unit: Pick<Unit, 'id' | 'slug'>, year: number): Promise<RegistrationNumber> {
  const sequence = await nextInSequence(tx, keberatanCounters, unit.id, year);
  return { number: `KEB/${unit.slug.toUpperCase()}/${year}/${String(sequence).padStart(5, '0')}`, year, sequence };
}
