import { eq } from 'drizzle-orm';
import type { AfterCommit } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { Services } from '../../services.ts';
import type { Move } from '../alur/define-alur.ts';
import { syncKontenCari } from '../cari/sync-konten-cari.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { type KontenCtx, kontenAlur } from './alur.ts';
import { queueHandOff, roleRecipients, userRecipients } from './hand-off-mail.ts';
import { type KontenRow, revisiOf } from './load-konten.ts';
import { assertMediaReady, setMediaUsage } from './media-port.ts';
import { sendPublicationJob } from './publication-job.ts';
import { konten } from './schema.ts';
import { syncKontenDaftar } from './sync-daftar.ts';
import type { StatusKonten } from './terms.ts';
import { approveWithVariants } from './varian-port.ts';

const publicStatus = new Set<StatusKonten>(['terbit', 'diarsipkan']);
type By = Move<StatusKonten, KontenCtx>['by'];
const noApproval = { approvedRevisionId: null, approvedHash: null, approvedBy: null, approvedAt: null } as const;

/**
 * Makes one move of the content workflow on a locked row: the alur checks it and records the
 * history step and audit row; this writes what the move means for the item (approval bound to
 * the current revision's hash, the live revision, the schedule, the FBS round) and queues the
 * hand-off's mail, all in the caller's transaction.
 */
export async function applyMove(
  tx: Tx,
  services: Services,
  afterCommit: AfterCommit,
  m: { row: KontenRow; by: By; to: StatusKonten; ctx: KontenCtx; catatan?: string | null; jadwal?: Date | null },
): Promise<KontenRow> {
  const { row, to, ctx } = m;
  const from = row.status as StatusKonten;
  const actorId = m.by === 'system' ? null : m.by.user.id;
  return kontenAlur.move(
    tx,
    {
      by: m.by,
      unitId: row.unitId,
      entityId: row.id,
      tenantId: row.tenantId,
      from,
      to,
      ctx,
      before: { status: from, liveRevisionId: row.liveRevisionId, scheduledAt: row.scheduledAt },
    },
    async (at) => {
      const changes: Partial<KontenRow> = { status: to, updatedAt: at };
      const current = await revisiOf(tx, row.id, row.currentRevisionId as string);
      if (ctx.viaEdit) Object.assign(changes, noApproval, { scheduledAt: null });
      else if (to === 'dikembalikan') Object.assign(changes, noApproval, { reviewRound: row.reviewRound + 1, scheduledAt: null });
      else if (to === 'disetujui' && from === 'menunggu_persetujuan') {
        await assertMediaReady(tx, row.tenantId, current.mediaIds);
        // The head approves the text with its social variants: one hash binds both.
        const approvedHash = await approveWithVariants(tx, services.config.publicUrl, row, current);
        Object.assign(changes, { approvedRevisionId: current.id, approvedHash, approvedBy: actorId, approvedAt: at });
      } else if (to === 'disetujui' || to === 'diarsipkan') changes.scheduledAt = null;
      else if (to === 'dijadwalkan') {
        await assertMediaReady(tx, row.tenantId, current.mediaIds);
        changes.scheduledAt = m.jadwal as Date;
      } else if (to === 'terbit') {
        // Only the approved revision, unchanged since approval, ever goes live (the guard checked the hash).
        const approved = await revisiOf(tx, row.id, row.approvedRevisionId as string);
        await assertMediaReady(tx, row.tenantId, approved.mediaIds);
        Object.assign(changes, { liveRevisionId: approved.id, publishedAt: row.publishedAt ?? at, scheduledAt: null });
        await setMediaUsage(tx, { tenantId: row.tenantId, entity: 'konten', entityId: row.id, mediaIds: approved.mediaIds, isPublic: true });
      } else if (to === 'ditarik') {
        changes.liveRevisionId = null;
        const live = row.liveRevisionId ? await revisiOf(tx, row.id, row.liveRevisionId) : null;
        await setMediaUsage(tx, { tenantId: row.tenantId, entity: 'konten', entityId: row.id, mediaIds: live?.mediaIds ?? [], isPublic: false });
      }
      const [updated] = await tx.update(konten).set(changes).where(eq(konten.id, row.id)).returning();
      const next = updated as KontenRow;
      // The search index and the public lists' index and counts follow the live revision in this same transaction.
      if (row.liveRevisionId !== next.liveRevisionId) {
        await syncKontenCari(tx, [row.id]);
        await syncKontenDaftar(tx, [row.id]);
      }
      // Going live, leaving it (withdrawn, archived) or any move of a live item changes its pages.
      if (row.liveRevisionId !== null || next.liveRevisionId !== null || publicStatus.has(from) || publicStatus.has(to))
        await markSiteChanged(tx, { tenantId: row.tenantId, unitId: row.unitId, reason: 'konten' });
      if (to === 'dijadwalkan') afterCommit(() => sendPublicationJob(services, next));
      await mailFor(tx, services, afterCommit, next, from, to, ctx, actorId, m.catatan ?? null);
      return {
        result: next,
        note: m.catatan ?? null,
        after: {
          status: to,
          note: m.catatan?.trim() || null,
          revisionId: current.id,
          hash: current.hash,
          approvedHash: next.approvedHash,
          liveRevisionId: next.liveRevisionId,
          approvedRevisionId: next.approvedRevisionId,
          scheduledAt: next.scheduledAt,
        },
      };
    },
  );
}

/** The hand-off's mail: who the item now waits on, or the writer when it comes back or goes live. */
async function mailFor(
  tx: Tx,
  services: Services,
  afterCommit: AfterCommit,
  row: KontenRow,
  from: StatusKonten,
  to: StatusKonten,
  ctx: KontenCtx,
  actorId: string | null,
  catatan: string | null,
) {
  if (to === 'diajukan' || (to === 'ditinjau' && ctx.viaEdit))
    await queueHandOff(tx, services, afterCommit, row, 'redaktur', await roleRecipients(tx, row, ['redaktur']));
  else if (to === 'menunggu_persetujuan') await queueHandOff(tx, services, afterCommit, row, 'kepala', await roleRecipients(tx, row, ['penanggung_jawab']));
  else if (to === 'dikembalikan') {
    const writers = ctx.authorIds.filter((id) => id !== actorId);
    await queueHandOff(tx, services, afterCommit, row, 'kembali', await userRecipients(tx, row.tenantId, writers), { catatan: catatan?.trim() ?? '' });
  } else if (to === 'disetujui' && from === 'menunggu_persetujuan')
    await queueHandOff(tx, services, afterCommit, row, 'disetujui', await roleRecipients(tx, row, ['admin_medsos']));
  else if (to === 'terbit') await queueHandOff(tx, services, afterCommit, row, 'terbit', await userRecipients(tx, row.tenantId, [row.createdBy]));
}
