import type { Queryable, Tx } from '../../db/types.ts';
import { approvalHashOf } from '../sosial/varian/approval-hash.ts';
import { approveVariants } from '../sosial/varian/approve-variants.ts';
import type { KontenRow, RevisiRow } from './load-konten.ts';

/*
 * Content reaches the social variants only through these two functions: the head's approval
 * covers the item's revision and its active variants (sosial/varian/README), in one hash.
 */

/** At approval: refuses while an active variant breaks a platform limit, writes the variants as approved, answers the approval hash. */
export function approveWithVariants(tx: Tx, publicUrl: string, row: KontenRow, revisi: RevisiRow): Promise<string> {
  return approveVariants(tx, publicUrl, row, revisi);
}

/** The approval hash the revision and the item's stored active variants make now (compared with `approvedHash`). */
export function currentApprovalHash(db: Queryable, kontenId: string, revisionHash: string): Promise<string> {
  return approvalHashOf(db, kontenId, revisionHash);
}
