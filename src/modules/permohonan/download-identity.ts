import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import type { IdentityMediaType } from './identity-file.ts';
import { openIdentity } from './identity-store.ts';
import { permohonanInTenant } from './load-permohonan.ts';

const extension: Record<IdentityMediaType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

export type IdentityDownload = { body: Buffer; contentType: IdentityMediaType; filename: string };

/**
 * The requester's identity copy, decrypted, for the PPID handling the request (not its Atasan:
 * checking who asked is part of processing). Each opening is audited as a view of personal data.
 */
export async function downloadIdentity(services: Services, user: SessionUser, actor: OrgActor, id: string): Promise<IdentityDownload> {
  return inTransaction(services.db, async (tx) => {
    const row = await permohonanInTenant(tx, user.tenantId, id);
    assertOrg(actor, 'permohonan.process', row.unitId);
    const file = await openIdentity(tx, services.secrets, row.id);
    if (!file) throw new AppError('not_found', 'error.not_found');
    await recordAudit(tx, actorOf(user), {
      action: 'permohonan.personal_data_viewed',
      entity: 'permohonan',
      entityId: row.id,
      after: { number: row.number, identitas: file.mediaType },
    });
    const filename = `identitas-${row.number.replace(/[^A-Za-z0-9-]+/g, '-')}.${extension[file.mediaType]}`;
    return { body: file.bytes, contentType: file.mediaType, filename };
  });
}
