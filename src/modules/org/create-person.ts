import { and, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import { checkNip } from '../../lib/nip.ts';
import type { Services } from '../../services.ts';
import { type Actor, actorOf, recordAudit } from '../audit/record-audit.ts';
import { isUniqueViolation } from './db-errors.ts';
import { people } from './schema.ts';

export type Person = typeof people.$inferSelect;
export type NewPerson = { name: string; nip?: string | null; position?: string | null; email?: string | null; phone?: string | null };

/** Refuses a NIP another person of the tenant already has. */
export async function checkNipFree(db: Queryable, tenantId: string, nip: string | null, personId?: string): Promise<void> {
  if (!nip) return;
  const [taken] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.tenantId, tenantId), eq(people.nip, nip)));
  if (taken && taken.id !== personId) throw new AppError('conflict', 'org.nip_taken', 'nip');
}

/** Inserts a person inside a running transaction (also used by the team import). */
export async function insertPerson(tx: Tx, actor: Actor, tenantId: string, input: NewPerson): Promise<Person> {
  const nip = checkNip(input.nip);
  await checkNipFree(tx, tenantId, nip);
  const [person] = await tx
    .insert(people)
    .values({ ...input, nip, tenantId })
    .returning()
    .catch((err: unknown) => {
      if (isUniqueViolation(err)) throw new AppError('conflict', 'org.nip_taken', 'nip');
      throw err;
    });
  await recordAudit(tx, actor, { action: 'person.created', entity: 'person', entityId: person!.id, after: person });
  return person!;
}

/** Registers a person (ASN with a NIP, or non-ASN staff without) in the user's tenant. */
export async function createPerson(services: Services, user: SessionUser, input: NewPerson): Promise<Person> {
  return inTransaction(services.db, (tx) => insertPerson(tx, actorOf(user), user.tenantId, input));
}
