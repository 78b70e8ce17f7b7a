import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/types.ts';
import { canonicalJson } from '../../../lib/canonical-json.ts';
import { sosialVarian } from '../schema.ts';

/** What the head's approval binds of one active variant: exactly what is sent. */
export type BoundVariant = {
  akunId: string;
  teks: string;
  judul: string | null;
  utas: string[];
  mediaIds: string[];
  pengaturan: Record<string, unknown>;
};

/**
 * The approval hash (`konten.approvedHash`): the SHA-256 of the canonical JSON of the revision's
 * hash and the item's active variants, sorted by account. An item without active variants keeps
 * the revision's own hash, so items of units without accounts (and imported ones) are unchanged.
 * Inactive variants are not bound: nothing of theirs is sent, so editing one changes nothing;
 * turning one on or off changes the set, and with it the hash.
 */
export function approvalHash(revisionHash: string, variants: readonly BoundVariant[]): string {
  if (variants.length === 0) return revisionHash;
  const varian = [...variants]
    .sort((a, b) => a.akunId.localeCompare(b.akunId))
    .map((v) => ({ akunId: v.akunId, teks: v.teks, judul: v.judul, utas: v.utas, mediaIds: v.mediaIds, pengaturan: v.pengaturan }));
  return createHash('sha256')
    .update(canonicalJson({ revisi: revisionHash, varian }))
    .digest('hex');
}

/** The approval hash of a revision with the item's stored active variants (as approval wrote them). */
export async function approvalHashOf(db: Queryable, kontenId: string, revisionHash: string): Promise<string> {
  const rows = await db
    .select()
    .from(sosialVarian)
    .where(and(eq(sosialVarian.kontenId, kontenId), eq(sosialVarian.aktif, true)));
  return approvalHash(revisionHash, rows);
}
