import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { permohonan } from '../permohonan/schema.ts';

// Read-only over the request register, like the report itself (see load-rows.ts).
/** The local date (tenant's zone) the unit received its first request on, or null without any. */
export async function firstRequestDay(db: Queryable, unitId: string, timeZone: string): Promise<string | null> {
  const [row] = await db
    .select({ first: sql<string | null>`to_char(timezone(${timeZone}, min(${permohonan.receivedAt})), 'YYYY-MM-DD')` })
    .from(permohonan)
    .where(eq(permohonan.unitId, unitId));
  return row?.first ?? null;
}
