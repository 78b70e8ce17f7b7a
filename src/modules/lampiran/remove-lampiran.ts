import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { auditFacts } from './add-lampiran.ts';
import { lampiranView } from './lampiran-view.ts';
import { findLampiran } from './list-lampiran.ts';
import type { OwnerAccess } from './owner.ts';
import { lampiran } from './schema.ts';
import { lampiranStorage } from './storage.ts';

/** Removes an attachment and its bytes; the audit row keeps its title, name, size and SHA-256. */
export async function removeLampiran(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  access: OwnerAccess,
  ownerId: string,
  lampiranId: string,
): Promise<void> {
  await inTransaction(services.db, async (tx) => {
    const owner = await access.resolve(tx, user, actor, ownerId, 'write');
    const row = await findLampiran(tx, owner, lampiranId);
    if (!row) throw new AppError('not_found', 'error.not_found');
    await lampiranStorage.remove(tx, row.id);
    await tx.delete(lampiran).where(eq(lampiran.id, row.id));
    await markSiteChanged(tx, { tenantId: owner.tenantId, unitId: owner.unitId, reason: 'lampiran' });
    await recordAudit(tx, actorOf(user), {
      action: 'lampiran.dihapus',
      entity: owner.kind,
      entityId: owner.id,
      before: { pemilik: owner.label, lampiran: auditFacts(lampiranView(row)) },
    });
  });
}
