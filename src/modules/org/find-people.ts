import { and, asc, eq, exists, ilike, or, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { normaliseNip } from '../../lib/nip.ts';
import type { Person } from './create-person.ts';
import { people, teamMembers } from './schema.ts';

export type PeopleFilter = { tenantId: string; q?: string; unitId?: string; limit: number };

const likeEscape = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** People of a tenant by name or NIP fragment, optionally only members of one unit's team. */
export async function findPeople(db: Queryable, f: PeopleFilter): Promise<Person[]> {
  const where: SQL[] = [eq(people.tenantId, f.tenantId)];
  const q = f.q?.trim();
  if (q) {
    const byName = ilike(people.name, `%${likeEscape(q)}%`);
    // "NIP. 19850312 2010" finds the person whose stored 18 digits start that way.
    const digits = normaliseNip(q);
    where.push(/^\d{3,18}$/.test(digits) ? (or(byName, ilike(people.nip, `%${digits}%`)) as SQL) : byName);
  }
  if (f.unitId) {
    where.push(
      exists(
        db
          .select({ one: teamMembers.id })
          .from(teamMembers)
          .where(and(eq(teamMembers.personId, people.id), eq(teamMembers.unitId, f.unitId))),
      ),
    );
  }
  return db
    .select()
    .from(people)
    .where(and(...where))
    .orderBy(asc(people.name))
    .limit(f.limit);
}
