import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { sessions } from './schema.ts';

/** Ends one session. */
export async function signOut(services: Services, user: SessionUser, sessionId: string): Promise<void> {
  await inTransaction(services.db, async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await recordAudit(tx, actorOf(user), { action: 'auth.signed_out', entity: 'user', entityId: user.id });
  });
}
