import { and, eq, gt, sql } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import type { Keberatan } from './load-keberatan.ts';
import { keberatan } from './schema.ts';
import type { Ground } from './terms.ts';

/** How long the same objection sent again from the public form gets the first one's receipt. */
export const RESUBMISSION_MINUTES = 10;

const norm = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,;:]+/g, ' ')
    .trim();
const sameGrounds = (a: Ground[], b: Ground[]) => [...a].sort().join() === [...b].sort().join();

/**
 * The objection this visitor already filed on the public form for the same request, on the same
 * grounds and with the same reason, in the last minutes; null if none. Waits first for another
 * registration on the same request to finish, so two clicks cannot both register.
 */
export async function earlierObjection(tx: Tx, permohonanId: string, grounds: Ground[], reason: string, now: Date): Promise<Keberatan | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`keberatan-resubmission:${permohonanId}`}))`);
  const since = new Date(now.getTime() - RESUBMISSION_MINUTES * 60_000);
  const recent = await tx
    .select()
    .from(keberatan)
    .where(and(eq(keberatan.permohonanId, permohonanId), eq(keberatan.channel, 'website'), gt(keberatan.registeredAt, since)));
  return recent.find((k) => sameGrounds(k.grounds, grounds) && norm(k.reason) === norm(reason)) ?? null;
}
