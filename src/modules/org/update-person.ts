import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { checkNip } from '../../lib/nip.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { checkNipFree, type NewPerson, type Person } from './create-person.ts';
import { isUniqueViolation } from './db-errors.ts';
import { people } from './schema.ts';

/** Corrects a person's name, NIP, position or contact details. */
export async function updatePerson(services: Services, user: SessionUser, personId: string, change: Partial<NewPerson>): Promise<Person> {
  const nip = change.nip === undefined ? undefined : checkNip(change.nip);
  return inTransaction(services.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(people)
      .where(and(eq(people.id, personId), eq(people.tenantId, user.tenantId)))
      .for('update');
    if (!before) throw new AppError('not_found', 'error.not_found');
    if (nip !== undefined) await checkNipFree(tx, user.tenantId, nip, personId);
    const [after] = await tx
      .update(people)
      .set({ ...change, ...(nip !== undefined ? { nip } : {}), updatedAt: new Date() })
      .where(eq(people.id, personId))
      .returning()
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new AppError('conflict', 'org.nip_taken', 'nip');
        throw err;
      });
    await recordAudit(tx, actorOf(user), { action: 'person.updated', entity: 'person', entityId: personId, before, after });
    // A writer's name shows on the items they wrote, in any unit.
    await markSiteChanged(tx, { tenantId: user.tenantId, unitId: null, reason: 'person' });
    return after!;
  });
}
