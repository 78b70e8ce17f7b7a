import { and, eq, ne } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { recordStep } from '../../alur/record-step.ts';
import { actorOf, recordAudit } from '../../audit/record-audit.ts';
import { kontenInTenant } from '../../konten/load-konten.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg } from '../../org/policy.ts';
import { sosialAkun, sosialKiriman } from '../schema.ts';
import { approvedVariants } from '../varian/approved-variants.ts';
import { approvalHolds } from './approval-holds.ts';
import type { VarianSnapshot } from './kiriman-state.ts';
import { sendKirimanJob } from './terbit-job.ts';

export type PublishEverywhereInput = {
  /** The minute to publish at; null or absent: now. */
  jadwal?: Date | null;
  /** Only these accounts (a retry of one account is `retryKiriman`); absent: every active variant. */
  akunIds?: string[];
};

/**
 * "Terbitkan ke semua akun": one durable row per active variant of an approved item, queued for
 * now or for its minute. An account that already has a row for the item (live, failed or
 * published) is skipped, and the partial unique index backs this up against a second click racing
 * the first: nothing is posted twice. Manual accounts get a row waiting for the pasted link.
 */
export async function publishEverywhere(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  kontenId: string,
  input: PublishEverywhereInput,
  now = new Date(),
) {
  const jadwal = input.jadwal ?? null;
  if (jadwal && jadwal.getTime() < now.getTime() - 60_000) throw new AppError('invalid', 'sosial.terbit.schedule_past', 'jadwal');
  const created = await inTransaction(services.db, async (tx, afterCommit) => {
    const item = await kontenInTenant(tx, actor.tenantId, kontenId, { lock: true });
    assertOrg(actor, 'konten.publish', item.unitId);
    if (!(await approvalHolds(tx, item))) throw new AppError('conflict', 'sosial.terbit.not_approved', 'kontenId');
    // Exactly what the head approved (the approval hash binds it), with the adapters' settings and
    // the item's public link; accounts disconnected since are left out.
    const approved = await approvedVariants(tx, item.id, services.config.publicUrl);
    const accounts = await tx
      .select()
      .from(sosialAkun)
      .where(and(eq(sosialAkun.tenantId, item.tenantId), ne(sosialAkun.status, 'terputus')));
    const variants = approved.flatMap((varian) => {
      const akun = accounts.find((a) => a.id === varian.akunId);
      return akun ? [{ varian, akun }] : [];
    });
    const chosen = input.akunIds ? variants.filter((v) => input.akunIds?.includes(v.akun.id)) : variants;
    if (chosen.length === 0) throw new AppError('conflict', 'sosial.terbit.no_variants', 'akunIds');
    const existing = await tx
      .select({ akunId: sosialKiriman.akunId })
      .from(sosialKiriman)
      .where(and(eq(sosialKiriman.kontenId, item.id), ne(sosialKiriman.status, 'dihapus')));
    const rows = [];
    for (const { varian, akun } of chosen) {
      if (existing.some((e) => e.akunId === akun.id)) continue;
      const snapshot: VarianSnapshot = {
        teks: varian.text,
        judul: varian.title,
        utas: varian.thread,
        mediaIds: varian.mediaIds,
        pengaturan: varian.settings as VarianSnapshot['pengaturan'],
        link: varian.link,
      };
      const status = akun.mode === 'manual' ? 'manual' : 'antri';
      const [row] = await tx
        .insert(sosialKiriman)
        .values({
          tenantId: item.tenantId,
          unitId: item.unitId,
          kontenId: item.id,
          akunId: akun.id,
          platform: akun.platform,
          varian: snapshot,
          status,
          dijadwalkan: jadwal ?? now,
          createdBy: user.id,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) continue;
      const actorA = actorOf(user);
      await recordStep(tx, actorA, { entity: 'sosial_kiriman', entityId: row.id, from: null, to: status, note: null, at: now });
      await recordAudit(tx, actorA, {
        action: 'sosial_kiriman.dibuat',
        entity: 'sosial_kiriman',
        entityId: row.id,
        after: { kontenId: item.id, akunId: akun.id, platform: akun.platform, status, dijadwalkan: row.dijadwalkan.toISOString() },
      });
      if (status === 'antri') afterCommit(() => sendKirimanJob(services, row.id, row.dijadwalkan));
      rows.push(row);
    }
    return rows;
  });
  return { dibuat: created.map((r) => ({ id: r.id, akunId: r.akunId, platform: r.platform, status: r.status, dijadwalkan: r.dijadwalkan })) };
}
