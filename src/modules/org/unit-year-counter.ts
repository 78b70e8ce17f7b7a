import { and, eq } from 'drizzle-orm';
import { integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/types.ts';
import { units } from './schema.ts';

/**
 * A table of the last number issued per unit and year (a register's counter: requests,
 * objections). Each register has its own table of this one shape, so the counting is written once.
 */
export function unitYearCounters(name: string) {
  return pgTable(
    name,
    {
      unitId: uuid()
        .notNull()
        .references(() => units.id),
      year: integer().notNull(),
      lastSequence: integer().notNull().default(0),
    },
    (t) => [primaryKey({ columns: [t.unitId, t.year] })],
  );
}

/** A counter table built by `unitYearCounters`. */
export type UnitYearCounters = ReturnType<typeof unitYearCounters>;

/**
 * The next number of a unit's register for a year. The counter row is locked until the caller's
 * transaction ends, so concurrent registrations queue on it; a rolled-back registration rolls its
 * number back too, leaving no gap.
 */
export async function nextInSequence(tx: Tx, counters: UnitYearCounters, unitId: string, year: number): Promise<number> {
  await tx.insert(counters).values({ unitId, year, lastSequence: 0 }).onConflictDoNothing();
  const where = and(eq(counters.unitId, unitId), eq(counters.year, year));
  const [counter] = await tx.select({ lastSequence: counters.lastSequence }).from(counters).where(where).for('update');
  const sequence = (counter?.lastSequence ?? 0) + 1;
  await tx.update(counters).set({ lastSequence: sequence }).where(where);
  return sequence;
}
