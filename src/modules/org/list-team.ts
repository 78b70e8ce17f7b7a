import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { people, teamMembers } from './schema.ts';

/** A unit's team: every membership with the person's name, NIP and position. */
export async function listTeam(db: Queryable, unitId: string) {
  const rows = await db
    .select({ member: teamMembers, person: { id: people.id, name: people.name, nip: people.nip, position: people.position } })
    .from(teamMembers)
    .innerJoin(people, eq(people.id, teamMembers.personId))
    .where(eq(teamMembers.unitId, unitId))
    .orderBy(asc(people.name), asc(teamMembers.role));
  return rows.map(({ member, person }) => ({ ...member, person }));
}
