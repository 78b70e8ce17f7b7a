import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import type { Unit } from '../org/find-units.ts';
import { keberatanCounters } from './schema.ts';

export type RegistrationNumber = { number: string; year: number; sequence: number };

/**
 * Issues the next objection number of a unit for a year, e.g. `KEB/DINAS-A/2026/00003`. The
 * counter row is locked until the caller's transaction ends, so concurrent registrations queue on
 * it; a rolled-back registration rolls its number back too, leaving no gap.
 */
export async function allocateObjectionNumber(tx: Tx, unit: Pick<Unit, 'id' | 'slug'>, year: number): Promise<RegistrationNumber> {
  await tx.insert(keberatanCounters).values({ unitId: unit.id, year, lastSequence: 0 }).onConflictDoNothing();
  const where = and(eq(keberatanCounters.unitId, unit.id), eq(keberatanCounters.year, year));
  const [counter] = await tx.select({ lastSequence: keberatanCounters.lastSequence }).from(keberatanCounters).where(where).for('update');
  const sequence = (counter?.lastSequence ?? 0) + 1;
  await tx.update(keberatanCounters).set({ lastSequence: sequence }).where(where);
  return { number: `KEB/${unit.slug.toUpperCase()}/${year}/${String(sequence).padStart(5, '0')}`, year, sequence };
}
