import type { Queryable } from '../../../db/types.ts';
import { contextOf, type KontenRow } from '../../konten/load-konten.ts';

const approvedStatuses = ['disetujui', 'dijadwalkan', 'terbit'];

/**
 * Whether the head's approval still covers what would be published: the item is approved (or
 * scheduled/live) and its approved revision is the current one with the hash it was approved with.
 * The one place publishing asks; the approval hash over the variants (the variants helper) is
 * checked here too once it exists, so an edited variant stops publication in the same way.
 */
export async function approvalHolds(db: Queryable, row: KontenRow): Promise<boolean> {
  if (!approvedStatuses.includes(row.status)) return false;
  const ctx = await contextOf(db, row, null, null);
  return ctx.approvalValid;
}
