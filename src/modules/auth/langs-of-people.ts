import { and, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { users } from './schema.ts';

/** The language of each person's active account, for mails to them; people without one are left out. */
export async function langsOfPeople(db: Queryable, personIds: readonly string[]): Promise<Map<string, Lang>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: users.personId, lang: users.lang })
    .from(users)
    .where(and(inArray(users.personId, [...personIds]), isNull(users.disabledAt)));
  return new Map(rows.map((r) => [r.personId as string, r.lang === 'en' ? 'en' : 'id'] as const));
}
