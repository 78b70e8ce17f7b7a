import type { Queryable } from '../../db/types.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import { listTeam } from '../org/list-team.ts';

/** The people on a unit's team (any role), by id with their name. */
export async function teamPeople(db: Queryable, unitId: string): Promise<Map<string, string>> {
  const team = await listTeam(db, unitId);
  return new Map(team.map((m) => [m.personId, m.person.name]));
}

/** Refuses (400 on `field`) a person who is not on the unit's team. */
export async function assertInTeam(db: Queryable, unitId: string, personIds: readonly string[], field: string, key: MessageKey): Promise<void> {
  const team = await teamPeople(db, unitId);
  const outside = personIds.findIndex((id) => !team.has(id));
  if (outside >= 0) throw new AppError('invalid', key, field);
}
