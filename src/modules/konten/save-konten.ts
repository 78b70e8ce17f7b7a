import { inTransaction } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { assertOrg } from '../org/policy.ts';
import { contentOf, type KontenInput } from './fields.ts';
import { canEditIn, type KontenDetail, kontenDetail } from './get-konten.ts';
import { type KontenRow, kontenInTenant, revisiOf } from './load-konten.ts';
import { reopenAfterEdit } from './reopen-after-edit.ts';
import { type RevisionContent, revisionHash } from './revision-hash.ts';
import type { JenisKonten } from './terms.ts';
import { writeRevision } from './write-revision.ts';

export type SaveKonten = KontenInput & { baseRevisionId: string };

/**
 * Saves an edit as a new revision of a locked item. Refuses (409 `baseRevisionId`) when someone
 * saved since the editor loaded `baseRevisionId`; an unchanged save writes nothing. After approval
 * an edit sends the item back to review through the alur (approval and schedule dropped) while
 * the live revision stays up until its successor is approved and published.
 */
export async function saveRevision(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  id: string,
  base: string,
  content: (tx: Tx, row: KontenRow) => Promise<RevisionContent>,
  audit: { action: 'konten.saved' | 'konten.restored'; restoredFrom?: string },
): Promise<KontenRow> {
  return inTransaction(services.db, async (tx, afterCommit) => {
    const row = await kontenInTenant(tx, user.tenantId, id, { lock: true });
    assertOrg(actor, 'konten.write', row.unitId);
    if (!canEditIn(row.status)) throw new AppError('conflict', 'konten.not_editable', 'ke');
    if (row.currentRevisionId !== base) throw new AppError('conflict', 'konten.stale_revision', 'baseRevisionId');
    const next = await content(tx, row);
    const current = await revisiOf(tx, row.id, base);
    if (revisionHash(next) === current.hash) return row;
    const { row: saved, revisi } = await writeRevision(tx, row.id, next, user, new Date());
    const action = audit.action === 'konten.restored' ? 'konten.restored' : 'konten.saved';
    await recordAudit(tx, actorOf(user), {
      action,
      entity: 'konten',
      entityId: row.id,
      before: { revisionId: current.id, hash: current.hash },
      after: { revisionId: revisi.id, nomor: revisi.nomor, hash: revisi.hash, ...(audit.restoredFrom ? { restoredFrom: audit.restoredFrom } : {}) },
    });
    return reopenAfterEdit(tx, services, afterCommit, saved, { user, actor });
  });
}

/** Saves the editor's content as a new revision (see `saveRevision`). */
export async function saveKonten(services: Services, user: SessionUser, actor: OrgActor, id: string, input: SaveKonten): Promise<KontenDetail> {
  const row = await saveRevision(
    services,
    user,
    actor,
    id,
    input.baseRevisionId,
    (tx, r) => contentOf(tx, { tenantId: r.tenantId, unitId: r.unitId, jenis: r.jenis as JenisKonten }, input),
    { action: 'konten.saved' },
  );
  return kontenDetail(services.db, actor, row);
}
