import { inTransaction } from '../../db/transaction.ts';
import type { Queryable } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { findLampiran } from './list-lampiran.ts';
import type { OwnerAccess, OwnerKind } from './owner.ts';
import { lampiranStorage } from './storage.ts';

/** A file ready to send: its bytes, recognised type, download name and digest (for ETag). */
export type LampiranFile = { bytes: Buffer; mediaType: string; fileName: string; sha256: string };

/**
 * A file attachment of a record whose access the caller has already settled (the public pages:
 * a listed public item, or a request opened with its tracking code). Null for a link or an id
 * that is not this record's.
 */
export async function openFile(db: Queryable, owner: { kind: OwnerKind; id: string; tenantId: string }, lampiranId: string): Promise<LampiranFile | null> {
  const row = await findLampiran(db, owner, lampiranId);
  if (row?.kind !== 'file') return null;
  const bytes = await lampiranStorage.get(db, row.id);
  if (!bytes) return null;
  return { bytes, mediaType: row.mediaType as string, fileName: row.fileName as string, sha256: row.sha256 as string };
}

/** A file attachment for staff who may read the record; every download is audited. */
export async function downloadFile(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  access: OwnerAccess,
  ownerId: string,
  lampiranId: string,
): Promise<LampiranFile> {
  return inTransaction(services.db, async (tx) => {
    const owner = await access.resolve(tx, user, actor, ownerId, 'read');
    const file = await openFile(tx, owner, lampiranId);
    if (!file) throw new AppError('not_found', 'error.not_found');
    await recordAudit(tx, actorOf(user), {
      action: 'lampiran.diunduh',
      entity: owner.kind,
      entityId: owner.id,
      after: { pemilik: owner.label, lampiran: { id: lampiranId, berkas: file.fileName, sha256: file.sha256 } },
    });
    return file;
  });
}
