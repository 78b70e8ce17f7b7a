import { and, count, eq, sql } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import type { Lang } from '../../i18n/catalogue.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { publicSegmentsOf } from '../konten/public-path.ts';
import type { DokumenIsi } from '../konten/schema.ts';
import { deleteMedia } from '../media/delete-media.ts';
import { importMediaFile } from '../media/import-media.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { loadImportContext } from './load-context.ts';
import type { Mapping } from './mapping.ts';
import { attachmentKeys, categoryRedirects, type PlannedItem, planImport } from './plan-import.ts';
import { type ImportReport, reportOf } from './report.ts';
import { imporWp, imporWpObjek } from './schema.ts';
import { imporInTenant, readStored, removeFiles } from './stored-files.ts';
import { writeKontenItem } from './write-konten-item.ts';
import { rememberObject, writeRedirects } from './write-redirects.ts';

export type RunResult = ImportReport & { ok: boolean; hasil?: { baru: number; diperbarui: number; tetap: number; media: number; pengalihan: number } };

/** Puts the library ids of the imported photos where the plan held their placeholders. */
function withMediaIds(item: PlannedItem, ids: ReadonlyMap<string, string>): PlannedItem {
  const isi = JSON.parse(JSON.stringify(item.isi), (key, value) =>
    key === 'mediaId' && typeof value === 'string' ? (ids.get(value) ?? value) : value,
  ) as DokumenIsi;
  return { ...item, isi, cover: item.cover ? (ids.get(item.cover) ?? item.cover) : null };
}

/**
 * Plans the import with the admin's mapping and, unless `dryRun`, writes it: first the new photos
 * into the media library (each through the library's own import, so cleaned and given copies),
 * then every item, its history and audit, the re-import keys and the old addresses in one
 * transaction. Any failure rolls the rows back and deletes the photos stored for this run, so an
 * import happens whole or not at all. Rows with errors stop the real run before anything is written.
 */
export async function runImport(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  input: { id: string; mapping: Mapping; dryRun: boolean; lang: Lang },
): Promise<RunResult> {
  const row = await imporInTenant(services.db, user.tenantId, input.id);
  assertOrg(actor, 'import.run', row.unitId);
  if (row.status === 'selesai') throw new AppError('conflict', 'impor_wp.already_run');
  const { wxr, archive } = await readStored(services, row);
  const ctx = await loadImportContext(services.db, user.tenantId, row.unitId, wxr.siteUrl);
  const plan = planImport(wxr, archive, input.mapping, ctx);
  const report = reportOf(row.id, input.dryRun, wxr, plan, input.mapping, input.lang);
  const failing = plan.counts.rowsWithErrors ?? 0;
  if (input.dryRun || failing > 0) return { ...report, ok: failing === 0 };

  const created: string[] = [];
  const ids = new Map<string, string>();
  try {
    for (const img of plan.images) {
      if (img.existingMediaId) continue;
      const media = await importMediaFile(services, user, {
        unitId: row.unitId,
        bytes: archive!.images.get(img.fileKey)!,
        name: img.name,
        altText: img.altText,
        caption: img.caption,
      });
      created.push(media.id);
      ids.set(img.placeholder, media.id);
    }
    const hasil = await inTransaction(services.db, async (tx) => {
      // One run of an import at a time: the second waits here and then finds it done.
      const [locked] = await tx.select({ status: imporWp.status }).from(imporWp).where(eq(imporWp.id, row.id)).for('update');
      if (locked?.status === 'selesai') throw new AppError('conflict', 'impor_wp.already_run');
      // Two runs of the same site into the same unit (two uploads) must not both add the items: the
      // second waits for the first, then finds the keys changed under its plan and stops.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`impor-wp:${row.unitId}:${wxr.siteUrl}`}))`);
      const [known] = await tx
        .select({ n: count() })
        .from(imporWpObjek)
        .where(and(eq(imporWpObjek.unitId, row.unitId), eq(imporWpObjek.siteUrl, wxr.siteUrl)));
      if ((known?.n ?? 0) !== ctx.existingKonten.size + ctx.existingMedia.size) throw new AppError('conflict', 'impor_wp.concurrent');
      const at = new Date();
      const scope = { tenantId: user.tenantId, unitId: row.unitId, siteUrl: wxr.siteUrl, imporId: row.id, at };
      const bidangSlugs = new Map(ctx.bidang.map((b) => [b.id, b.slug]));
      const takenSlugs = new Set<string>();
      const counts = { baru: 0, diperbarui: 0, tetap: 0, media: created.length, pengalihan: 0 };
      for (const img of plan.images) {
        const entityId = img.existingMediaId ?? ids.get(img.placeholder)!;
        await rememberObject(tx, scope, { wpKey: img.key, wpType: 'attachment', guid: img.fileKey, entity: 'media', entityId });
      }
      const targetOf = new Map<number, string>();
      const redirects: Array<{ oldPath: string; targetPath: string; wpId: number }> = [];
      for (const planned of plan.items) {
        const item = withMediaIds(planned, ids);
        const written = await writeKontenItem(tx, user, { ...scope, takenSlugs }, item);
        counts[written.outcome]++;
        const guid = wxr.items.find((i) => i.postId === item.wpId)?.guid ?? '';
        await rememberObject(tx, scope, { wpKey: `post:${item.wpId}`, wpType: item.wpType, guid, entity: 'konten', entityId: written.id });
        if (item.status !== 'terbit') continue;
        const target = publicSegmentsOf({ jenis: written.jenis, slug: written.slug, bidangId: written.bidangId, atribut: {} }, bidangSlugs).join('/');
        targetOf.set(item.wpId, target);
        for (const oldPath of item.oldKeys) redirects.push({ oldPath, targetPath: target, wpId: item.wpId });
      }
      for (const a of attachmentKeys(wxr)) {
        const target = targetOf.get(a.parentId);
        if (target) for (const oldPath of a.keys) redirects.push({ oldPath, targetPath: target, wpId: a.parentId });
      }
      for (const c of categoryRedirects(wxr, input.mapping, bidangSlugs)) redirects.push({ ...c, wpId: 0 });
      // An address listed twice (a page's link equal to a post's /slug) goes to the first item that claimed it.
      const unique = [...new Map(redirects.reverse().map((r) => [r.oldPath, r])).values()];
      await writeRedirects(tx, scope, unique);
      counts.pengalihan = unique.length;
      await tx
        .update(imporWp)
        .set({ status: 'selesai', finishedAt: at, report: { counts: plan.counts, hasil: counts } })
        .where(eq(imporWp.id, row.id));
      await recordAudit(tx, actorOf(user), {
        action: 'impor_wp.selesai',
        entity: 'impor_wp',
        entityId: row.id,
        after: { unitId: row.unitId, siteUrl: wxr.siteUrl, counts: plan.counts, hasil: counts },
      });
      await markSiteChanged(tx, { tenantId: user.tenantId, unitId: row.unitId, reason: 'konten' });
      return counts;
    });
    await removeFiles(services, row.id);
    return { ...report, ok: true, hasil };
  } catch (error) {
    // The rows were rolled back; the photos stored for them go too (nothing uses them now).
    for (const id of created) await deleteMedia(services, user, actor, id).catch((err) => services.log.warn('imported media not removed', { id, err }));
    throw error;
  }
}
