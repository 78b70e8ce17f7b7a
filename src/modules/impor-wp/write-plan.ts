import { setImmediate } from 'node:timers/promises';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { mediaIdsOf } from '../konten/isi-schema.ts';
import { publicSegmentsOf } from '../konten/public-path.ts';
import type { DokumenIsi } from '../konten/schema.ts';
import { deleteMedia } from '../media/delete-media.ts';
import { importMediaFile } from '../media/import-media.ts';
import type { OrgActor } from '../org/actor.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { type Hasil, holdImport, type ImportProgress, type RunReport } from './import-state.ts';
import type { ImportContext } from './load-context.ts';
import type { Mapping } from './mapping.ts';
import { attachmentKeys, categoryRedirects, type ImportPlan, type PlannedItem } from './plan-import.ts';
import type { UploadsArchive } from './read-uploads-zip.ts';
import type { WxrExport } from './read-wxr.ts';
import { imporWp, imporWpObjek } from './schema.ts';
import { type ImporRow, removeFiles } from './stored-files.ts';
import { writeKontenItem } from './write-konten-item.ts';
import { rememberObject, writeRedirects } from './write-redirects.ts';

export type WriteInput = {
  user: SessionUser;
  actor: OrgActor;
  row: ImporRow;
  wxr: WxrExport;
  archive: UploadsArchive | null;
  plan: ImportPlan;
  ctx: ImportContext;
  mapping: Mapping;
  report: RunReport;
  /** The progress as last committed: the caller records it if the run stops. */
  progres: { progres: ImportProgress };
};

/** Puts the library ids of the imported photos where the plan held their placeholders. */
function withMediaIds(item: PlannedItem, ids: ReadonlyMap<string, string>): PlannedItem {
  const isi = JSON.parse(JSON.stringify(item.isi), (key, value) =>
    key === 'mediaId' && typeof value === 'string' ? (ids.get(value) ?? value) : value,
  ) as DokumenIsi;
  return { ...item, isi, cover: item.cover ? (ids.get(item.cover) ?? item.cover) : null };
}

const mediaOf = (item: PlannedItem) => [...(item.cover ? [item.cover] : []), ...mediaIdsOf(item.isi as { content?: never[] })];

/** Two imports of the same site into the same unit take turns per step, so neither adds what the other just added. */
const lockSite = (tx: Tx, row: ImporRow, siteUrl: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`impor-wp:${row.unitId}:${siteUrl}`}))`);

/**
 * Writes a checked plan as steps, each in its own transaction with the import's progress: every
 * new photo (through the library's own import, with its re-import key), then every item with its
 * history, audit, re-import key and old addresses, then the category archives and the end of the
 * import. A step is whole or absent, so a stop leaves no half item; the next run of the import
 * skips what this one finished (its keys carry this import's id) and continues the counts. Photos
 * this run stored that no finished item uses are deleted when it stops.
 */
export async function writePlan(services: Services, input: WriteInput): Promise<void> {
  const { user, actor, row, wxr, plan, ctx, mapping } = input;
  const current = { ...row };
  const progres = input.progres;
  const scope = { tenantId: row.tenantId, unitId: row.unitId, siteUrl: wxr.siteUrl, imporId: row.id, at: new Date() };
  const newImages = plan.images.filter((i) => !i.existingMediaId);
  let hasil = { ...progres.progres.hasil };
  // Ends a step's transaction with the import's progress; the counts are taken over once it committed.
  const step = async (tahap: ImportProgress['tahap'], selesai: number, counts: Hasil, tx: Tx) => {
    const next = { tahap, selesai, total: newImages.length + plan.items.length, hasil: counts };
    current.leaseUntil = await holdImport(tx, current, next);
    return next;
  };
  const committed = (next: ImportProgress) => {
    progres.progres = next;
    hasil = { ...next.hasil };
  };
  // On PGlite every query resolves without leaving the event loop's microtasks: without a turn of
  // the loop between steps, requests (the screen polling this progress, the public site) would
  // wait for the whole import.
  const breathe = () => setImmediate();
  const ids = new Map<string, string>();
  const created: string[] = [];
  const used = new Set<string>();
  const remembered = new Set<string>();
  let done = 0;
  try {
    for (const img of newImages) {
      const photo = await importMediaFile(services, user, {
        unitId: row.unitId,
        bytes: input.archive!.images.get(img.fileKey)!,
        name: img.name,
        altText: img.altText,
        caption: img.caption,
      });
      created.push(photo.id);
      const next = await inTransaction(services.db, async (tx) => {
        const counts = { ...hasil };
        await lockSite(tx, row, wxr.siteUrl);
        const [other] = await tx
          .select({ entityId: imporWpObjek.entityId })
          .from(imporWpObjek)
          .where(and(eq(imporWpObjek.unitId, row.unitId), eq(imporWpObjek.siteUrl, wxr.siteUrl), eq(imporWpObjek.wpKey, img.key)));
        // Another import of the site stored this photo meanwhile: use that one (ours goes when the run ends).
        ids.set(img.placeholder, other?.entityId ?? photo.id);
        if (!other) {
          await rememberObject(tx, scope, { wpKey: img.key, wpType: 'attachment', guid: img.fileKey, entity: 'media', entityId: photo.id });
          counts.media++;
          remembered.add(photo.id);
        }
        return step('foto', ++done, counts, tx);
      });
      committed(next);
      await breathe();
    }
    const bidangSlugs = new Map(ctx.bidang.map((b) => [b.id, b.slug]));
    const attachments = new Map(attachmentKeys(wxr).map((a) => [a.parentId, a.keys] as const));
    // An address listed twice (a page's link equal to a post's /slug) goes to the first item that claimed it.
    const claimed = new Set<string>();
    const takenSlugs = new Set<string>();
    for (const planned of plan.items) {
      const keys = planned.status === 'terbit' ? [...planned.oldKeys, ...(attachments.get(planned.wpId) ?? [])].filter((k) => !claimed.has(k)) : [];
      for (const k of keys) claimed.add(k);
      done++;
      // Written by an earlier attempt of this import, which counted it.
      if (ctx.doneHere.has(`post:${planned.wpId}`)) continue;
      const item = withMediaIds(planned, ids);
      const next = await inTransaction(services.db, async (tx) => {
        const counts = { ...hasil };
        await lockSite(tx, row, wxr.siteUrl);
        const [known] = await tx
          .select({ entityId: imporWpObjek.entityId })
          .from(imporWpObjek)
          .where(and(eq(imporWpObjek.unitId, row.unitId), eq(imporWpObjek.siteUrl, wxr.siteUrl), eq(imporWpObjek.wpKey, `post:${item.wpId}`)));
        // Another import of the site added this item meanwhile: update it rather than add a second.
        const target = known ? { ...item, existingKontenId: known.entityId } : item;
        const written = await writeKontenItem(tx, user, { ...scope, takenSlugs }, target);
        counts[written.outcome]++;
        const guid = wxr.items.find((i) => i.postId === item.wpId)?.guid ?? '';
        await rememberObject(tx, scope, { wpKey: `post:${item.wpId}`, wpType: item.wpType, guid, entity: 'konten', entityId: written.id });
        if (keys.length > 0) {
          const path = publicSegmentsOf({ jenis: written.jenis, slug: written.slug, bidangId: written.bidangId, atribut: {} }, bidangSlugs).join('/');
          await writeRedirects(
            tx,
            scope,
            keys.map((oldPath) => ({ oldPath, targetPath: path, wpId: item.wpId })),
          );
          counts.pengalihan += keys.length;
        }
        if (written.outcome !== 'tetap') await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'konten' });
        return step('entri', done, counts, tx);
      });
      committed(next);
      for (const id of mediaOf(item)) used.add(id);
      await breathe();
    }
    await inTransaction(services.db, async (tx) => {
      const archives = categoryRedirects(wxr, mapping, bidangSlugs).filter((c) => !claimed.has(c.oldPath));
      await writeRedirects(
        tx,
        scope,
        archives.map((c) => ({ ...c, wpId: 0 })),
      );
      hasil.pengalihan += archives.length;
      await step('selesai', done, hasil, tx);
      await tx
        .update(imporWp)
        .set({ status: 'selesai', finishedAt: new Date(), report: { ...input.report, ok: true, hasil }, leaseUntil: null })
        .where(eq(imporWp.id, row.id));
      await recordAudit(tx, actorOf(user), {
        action: 'impor_wp.selesai',
        entity: 'impor_wp',
        entityId: row.id,
        after: { unitId: row.unitId, siteUrl: wxr.siteUrl, counts: plan.counts, hasil },
      });
      await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'konten' });
    });
    await removeFiles(services, row.id);
  } finally {
    // Photos this run stored that no written item uses (the run stopped before them, or another import's copy won).
    const unused = created.filter((id) => !used.has(id));
    if (unused.length > 0) {
      await services.db.delete(imporWpObjek).where(and(eq(imporWpObjek.imporId, row.id), inArray(imporWpObjek.entityId, unused)));
      const gone = unused.filter((id) => remembered.has(id)).length;
      progres.progres = { ...progres.progres, hasil: { ...progres.progres.hasil, media: progres.progres.hasil.media - gone } };
      for (const id of unused) await deleteMedia(services, user, actor, id).catch((err) => services.log.warn('imported media not removed', { id, err }));
    }
  }
}
