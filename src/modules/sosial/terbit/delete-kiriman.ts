import { and, eq, inArray } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { Tx } from '../../../db/types.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import { kontenInTenant } from '../../konten/load-konten.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg } from '../../org/policy.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman } from '../schema.ts';
import { deletePathOf } from './delete-path.ts';
import { kirimanAlur, type StatusKiriman } from './kiriman-alur.ts';
import type { KirimanRow } from './kiriman-lease.ts';
import { kirimanInTenant } from './kiriman-of.ts';
import { sendHapusJob } from './terbit-job.ts';

/**
 * "Hapus dari <platform>": a person asks Warta to delete one published post on its platform. The
 * row moves to `menghapus` (audited) and the delete job runs it. Asking again while it runs changes
 * nothing; asking again after a failure (`gagal_hapus`) tries again, and a post already gone counts
 * as deleted. Deleting is allowed at any time, also while the item is still on the website; the
 * panel offers it once the item has been withdrawn or archived.
 */
export async function deleteKiriman(services: Services, user: SessionUser, actor: OrgActor, id: string, now = new Date()) {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const row = await kirimanInTenant(tx, actor.tenantId, id, { lock: true });
    assertOrg(actor, 'konten.publish', row.unitId);
    if (row.status === 'menghapus') return { id: row.id, status: 'menghapus' as const };
    if (!kirimanAlur.canTransition(row.status as StatusKiriman, 'menghapus')) throw notUp(row.platform as Platform);
    kirimanAlur.check(actor, row.unitId, row.status as StatusKiriman, 'menghapus', undefined);
    await startDelete(tx, user, actor, row, now, true);
    afterCommit(() => sendHapusJob(services, row.id));
    return { id: row.id, status: 'menghapus' as const };
  });
}

/**
 * "Hapus dari semua": every post of the item that is still up and that Warta can delete itself
 * (`terbit`, or `gagal_hapus` to try again), or the ones of the accounts named. Posts only a person
 * can delete (Instagram, TikTok, manual or disconnected accounts) are answered in `manual`, for the
 * panel to show with their links.
 */
export async function deleteAllOfKonten(services: Services, user: SessionUser, actor: OrgActor, kontenId: string, opts: { akunIds?: string[] } = {}) {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const item = await kontenInTenant(tx, actor.tenantId, kontenId);
    assertOrg(actor, 'konten.publish', item.unitId);
    const rows = await tx
      .select()
      .from(sosialKiriman)
      .where(
        and(
          eq(sosialKiriman.kontenId, item.id),
          inArray(sosialKiriman.status, ['terbit', 'gagal_hapus']),
          ...(opts.akunIds ? [inArray(sosialKiriman.akunId, opts.akunIds)] : []),
        ),
      )
      .for('update');
    const queued: string[] = [];
    const manual: { id: string; platform: string }[] = [];
    for (const row of rows) {
      if (!(await startDelete(tx, user, actor, row, new Date(), false))) {
        manual.push({ id: row.id, platform: row.platform });
        continue;
      }
      queued.push(row.id);
      afterCommit(() => sendHapusJob(services, row.id));
    }
    return { dihapus: queued, manual };
  });
}

/** A post that is not up (not yet published, failed, or already deleted): there is nothing to delete. */
export const notUp = (platform: Platform) => new AppError('conflict', 'sosial.terbit.delete_not_up', undefined, { platform: platformNames[platform] });

/** Moves one row to `menghapus`; false (or a 409 when `strict`) when only a person can delete it. */
async function startDelete(tx: Tx, user: SessionUser, actor: OrgActor, row: KirimanRow, now: Date, strict: boolean): Promise<boolean> {
  const platform = row.platform as Platform;
  const [akun] = await tx.select().from(sosialAkun).where(eq(sosialAkun.id, row.akunId));
  if (!akun || deletePathOf(platform, akun) === 'manual') {
    if (!strict) return false;
    const connectable = akun?.mode === 'api' && akun.status !== 'terhubung' && ['facebook', 'x', 'youtube'].includes(platform);
    throw new AppError('conflict', connectable ? 'sosial.terbit.delete_reconnect' : 'sosial.terbit.delete_unsupported', undefined, {
      platform: platformNames[platform],
    });
  }
  const from = row.status as StatusKiriman;
  await kirimanAlur.move(tx, { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to: 'menghapus', ctx: undefined, at: now }, async () => {
    await tx
      .update(sosialKiriman)
      .set({ status: 'menghapus', tahap: 'hapus', percobaan: 0, error: null, dijadwalkan: now, leaseOwner: null, leaseUntil: null, updatedAt: now })
      .where(eq(sosialKiriman.id, row.id));
    return { result: undefined, after: { status: 'menghapus', externalId: row.externalId, permalink: row.permalink } };
  });
  return true;
}
