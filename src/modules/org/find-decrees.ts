import { and, asc, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { AppError } from '../../lib/errors.ts';
import type { Decree } from './create-decree.ts';
import { decrees, people, teamMembers, units } from './schema.ts';

/** A tenant's decrees, newest first. */
export async function listDecrees(db: Queryable, tenantId: string): Promise<Decree[]> {
  return db.select().from(decrees).where(eq(decrees.tenantId, tenantId)).orderBy(desc(decrees.date), asc(decrees.number));
}

/** One decree with the memberships it set: who, in which unit, in which role. */
export async function getDecree(db: Queryable, tenantId: string, decreeId: string) {
  const [decree] = await db
    .select()
    .from(decrees)
    .where(and(eq(decrees.id, decreeId), eq(decrees.tenantId, tenantId)));
  if (!decree) throw new AppError('not_found', 'error.not_found');
  const members = await db
    .select({
      id: teamMembers.id,
      role: teamMembers.role,
      person: { id: people.id, name: people.name, nip: people.nip, position: people.position },
      unit: { id: units.id, name: units.name },
    })
    .from(teamMembers)
    .innerJoin(people, eq(people.id, teamMembers.personId))
    .innerJoin(units, eq(units.id, teamMembers.unitId))
    .where(eq(teamMembers.decreeId, decreeId))
    .orderBy(asc(units.name), asc(people.name));
  return { ...decree, members };
}
