import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { permohonan } from './schema.ts';

/**
 * The e-mail address the requester gave, or null: for the objection module's receipt mail, which
 * never reads the request tables itself.
 */
export async function requesterEmailOf(db: Queryable, permohonanId: string): Promise<string | null> {
  const [row] = await db.select({ email: permohonan.requesterEmail }).from(permohonan).where(eq(permohonan.id, permohonanId));
  return row?.email ?? null;
}
