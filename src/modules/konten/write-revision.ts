import { eq, max } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { setDraftMediaUsage } from './media-port.ts';
import { type RevisionContent, revisionHash } from './revision-hash.ts';
import { konten, kontenRevisi } from './schema.ts';

/**
 * Appends a revision (never changed afterwards) with its hash and makes it the item's current
 * one; the row's title, bidang and byline follow it so lists read one table. The media library
 * learns which photos the new current revision uses.
 */
export async function writeRevision(tx: Tx, kontenId: string, content: RevisionContent, user: SessionUser, at: Date) {
  const [last] = await tx
    .select({ nomor: max(kontenRevisi.nomor) })
    .from(kontenRevisi)
    .where(eq(kontenRevisi.kontenId, kontenId));
  const [revisi] = await tx
    .insert(kontenRevisi)
    .values({
      kontenId,
      nomor: (last?.nomor ?? 0) + 1,
      ...content,
      hash: revisionHash(content),
      authorUserId: user.id,
      authorLabel: user.displayName || user.email,
      createdAt: at,
    })
    .returning();
  const [row] = await tx
    .update(konten)
    .set({ currentRevisionId: revisi!.id, judul: content.judul, bidangId: content.bidangId, penulisPersonId: content.penulisPersonId, updatedAt: at })
    .where(eq(konten.id, kontenId))
    .returning();
  await setDraftMediaUsage(tx, row!.tenantId, kontenId, content.mediaIds);
  // The title, bidang (its address) and writer are read from the item row by a live item's pages.
  if (row!.liveRevisionId) await markSiteChanged(tx, { tenantId: row!.tenantId, unitId: row!.unitId, reason: 'konten' });
  return { revisi: revisi!, row: row! };
}
