import { eq } from 'drizzle-orm';
import { inTransaction } from '../../../db/transaction.ts';
import type { SessionUser } from '../../../http/env.ts';
import { AppError } from '../../../lib/errors.ts';
import type { Services } from '../../../services.ts';
import type { OrgActor } from '../../org/actor.ts';
import { assertOrg } from '../../org/policy.ts';
import { platformNames } from '../messages.ts';
import type { Platform } from '../platform.ts';
import { sosialAkun, sosialKiriman } from '../schema.ts';
import { notUp } from './delete-kiriman.ts';
import { deletePathOf } from './delete-path.ts';
import { kirimanAlur, type StatusKiriman } from './kiriman-alur.ts';
import { kirimanInTenant } from './kiriman-of.ts';

/**
 * "Sudah saya hapus": the admin deleted the post on the platform by hand (Instagram and TikTok have
 * no delete call; a manual or disconnected account; a delete Warta could not make) and records it.
 * A post Warta can delete itself is refused (409): its button deletes it, and a post already deleted
 * by hand counts as deleted there too, so the record never says "deleted" about a post still up.
 */
export async function confirmDeleted(services: Services, user: SessionUser, actor: OrgActor, id: string) {
  return inTransaction(services.db, async (tx) => {
    const row = await kirimanInTenant(tx, actor.tenantId, id, { lock: true });
    assertOrg(actor, 'konten.publish', row.unitId);
    const from = row.status as StatusKiriman;
    // `menghapus` → `dihapus` is the delete job's move: a person waits for it (it ends in seconds or says why not).
    if (from === 'menghapus') throw new AppError('conflict', 'sosial.terbit.delete_running');
    if (!kirimanAlur.canTransition(from, 'dihapus')) throw notUp(row.platform as Platform);
    kirimanAlur.check(actor, row.unitId, from, 'dihapus', undefined);
    const platform = row.platform as Platform;
    const [akun] = await tx.select().from(sosialAkun).where(eq(sosialAkun.id, row.akunId));
    if (from === 'terbit' && akun && deletePathOf(platform, akun) === 'api')
      throw new AppError('conflict', 'sosial.terbit.delete_use_api', undefined, { platform: platformNames[platform] });
    return kirimanAlur.move(tx, { by: { user, actor }, unitId: row.unitId, entityId: row.id, from, to: 'dihapus', ctx: undefined }, async (at) => {
      await tx.update(sosialKiriman).set({ status: 'dihapus', error: null, updatedAt: at }).where(eq(sosialKiriman.id, row.id));
      return {
        result: { id: row.id, status: 'dihapus' as const },
        after: { status: 'dihapus', permalink: row.permalink },
        note: 'dihapus langsung di platform',
      };
    });
  });
}
