import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { recordStep } from '../alur/record-step.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { syncKontenCari } from '../cari/sync-konten-cari.ts';
import { freeSlug } from '../konten/free-slug.ts';
import { mediaIdsOf } from '../konten/isi-schema.ts';
import { kontenInTenant, revisiOf } from '../konten/load-konten.ts';
import { assertMediaReady, setMediaUsage } from '../konten/media-port.ts';
import { type RevisionContent, revisionHash } from '../konten/revision-hash.ts';
import { konten } from '../konten/schema.ts';
import { syncKontenDaftar } from '../konten/sync-daftar.ts';
import { writeRevision } from '../konten/write-revision.ts';
import type { PlannedItem } from './plan-import.ts';

export type Written = { id: string; slug: string; bidangId: string | null; jenis: PlannedItem['jenis']; outcome: 'baru' | 'diperbarui' | 'tetap' };

/** A slug free in the unit, the WordPress one where possible so addresses stay recognisable; kept for the rest of the import. */
async function takeSlug(tx: Tx, unitId: string, base: string, taken: Set<string>): Promise<string> {
  const slug = await freeSlug(tx, unitId, base, taken);
  taken.add(slug);
  return slug;
}

/**
 * Writes one planned post or page as a content item, in the import's transaction, with the content
 * module's own revision writer, history and media usage. How an imported item passes the workflow:
 * WordPress published it before Warta existed, so the admin's import is recorded as its creation
 * in the state it had there — `terbit` with the admin as approver of exactly the imported revision
 * (hash-bound like any approval), or `draf` — as one history step noted "Diimpor dari WordPress"
 * and one `impor_wp.konten` audit row. Any later edit goes through review as usual. A re-import
 * adds a revision only when the content changed.
 */
export async function writeKontenItem(
  tx: Tx,
  user: SessionUser,
  scope: { tenantId: string; unitId: string; siteUrl: string; at: Date; takenSlugs: Set<string> },
  item: PlannedItem,
): Promise<Written> {
  const { at } = scope;
  const content: RevisionContent = {
    judul: item.judul,
    ringkasan: item.ringkasan,
    isi: item.isi,
    atribut: {},
    coverMediaId: item.cover,
    tags: item.tags,
    mediaIds: [...new Set([...(item.cover ? [item.cover] : []), ...mediaIdsOf(item.isi as { content?: never[] })])],
    bidangId: item.bidangId,
    penulisPersonId: item.penulisPersonId,
  };
  if (item.status === 'terbit') await assertMediaReady(tx, scope.tenantId, content.mediaIds);
  const note = `Diimpor dari WordPress (${scope.siteUrl}, #${item.wpId})`;
  const actor = actorOf(user);
  const existing = item.existingKontenId ? await kontenInTenant(tx, scope.tenantId, item.existingKontenId, { lock: true }) : null;
  let id: string;
  let from: string | null = null;
  let outcome: Written['outcome'] = 'baru';
  let revisi: { id: string; hash: string };
  if (existing) {
    id = existing.id;
    from = existing.status;
    // Withdrawn or archived in Warta: that was someone's decision here, which a re-import does not undo.
    if (existing.status === 'ditarik' || existing.status === 'diarsipkan')
      return { id, slug: existing.slug, bidangId: existing.bidangId, jenis: item.jenis, outcome: 'tetap' };
    const current = existing.currentRevisionId ? await revisiOf(tx, id, existing.currentRevisionId) : null;
    const unchanged = current?.hash === revisionHash(content) && existing.status === item.status && existing.jenis === item.jenis;
    if (unchanged && current) return { id, slug: existing.slug, bidangId: existing.bidangId, jenis: item.jenis, outcome: 'tetap' };
    outcome = 'diperbarui';
    revisi = current?.hash === revisionHash(content) ? current : (await writeRevision(tx, id, content, user, at)).revisi;
    if (existing.jenis !== item.jenis) await tx.update(konten).set({ jenis: item.jenis }).where(eq(konten.id, id));
  } else {
    const [created] = await tx
      .insert(konten)
      .values({
        tenantId: scope.tenantId,
        unitId: scope.unitId,
        jenis: item.jenis,
        slug: await takeSlug(tx, scope.unitId, item.baseSlug, scope.takenSlugs),
        judul: item.judul,
        status: item.status,
        createdBy: user.id,
        createdAt: item.publishedAt ?? at,
        updatedAt: at,
      })
      .returning();
    id = created!.id;
    revisi = (await writeRevision(tx, id, content, user, at)).revisi;
  }
  const live = item.status === 'terbit';
  const [row] = await tx
    .update(konten)
    .set({
      status: item.status,
      approvedRevisionId: live ? revisi.id : null,
      approvedHash: live ? revisi.hash : null,
      approvedBy: live ? user.id : null,
      approvedAt: live ? at : null,
      liveRevisionId: live ? revisi.id : null,
      publishedAt: live ? (item.publishedAt ?? existing?.publishedAt ?? at) : null,
      scheduledAt: null,
      updatedAt: at,
    })
    .where(eq(konten.id, id))
    .returning();
  if (live || existing?.liveRevisionId) {
    await setMediaUsage(tx, { tenantId: scope.tenantId, entity: 'konten', entityId: id, mediaIds: live ? content.mediaIds : [], isPublic: live });
    await syncKontenCari(tx, [id]);
    await syncKontenDaftar(tx, [id]);
  }
  await recordStep(tx, actor, { entity: 'konten', entityId: id, from, to: item.status, note, at });
  await recordAudit(tx, actor, {
    action: 'impor_wp.konten',
    entity: 'konten',
    entityId: id,
    before: existing ? { status: existing.status, revisionId: existing.currentRevisionId, liveRevisionId: existing.liveRevisionId } : null,
    after: { sumber: 'wordpress', siteUrl: scope.siteUrl, wpId: item.wpId, status: item.status, jenis: item.jenis, revisionId: revisi.id, hash: revisi.hash },
  });
  return { id, slug: row!.slug, bidangId: row!.bidangId, jenis: item.jenis, outcome };
}
