import { and, asc, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { people, teamMembers, units } from './schema.ts';

/**
 * One person with every team role they hold. Reading someone's personal data is itself
 * recorded (`person.viewed`), so access to NIPs and phone numbers leaves a trail.
 */
export async function getPerson(services: Services, user: SessionUser, personId: string) {
  return inTransaction(services.db, async (tx) => {
    const [person] = await tx
      .select()
      .from(people)
      .where(and(eq(people.id, personId), eq(people.tenantId, user.tenantId)));
    if (!person) throw new AppError('not_found', 'error.not_found');
    const memberships = await tx
      .select({
        id: teamMembers.id,
        unitId: teamMembers.unitId,
        unitName: units.name,
        role: teamMembers.role,
        decreeId: teamMembers.decreeId,
        createdAt: teamMembers.createdAt,
      })
      .from(teamMembers)
      .innerJoin(units, eq(units.id, teamMembers.unitId))
      .where(eq(teamMembers.personId, personId))
      .orderBy(asc(units.name), asc(teamMembers.role));
    await recordAudit(tx, actorOf(user), { action: 'person.viewed', entity: 'person', entityId: personId });
    return { ...person, memberships };
  });
}
