import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Tx } from '../../db/types.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import type { OrgActor } from '../org/actor.ts';
import { markSiteChanged } from '../site/site-changed.ts';
import { cleanFileName } from './file-name.ts';
import { type LampiranView, lampiranView } from './lampiran-view.ts';
import { LAMPIRAN_MAX_BYTES, LAMPIRAN_MAX_PER_OWNER } from './limits.ts';
import { linkUrl } from './link-url.ts';
import { recogniseFile } from './media-type.ts';
import type { Owner, OwnerAccess } from './owner.ts';
import { lampiran } from './schema.ts';
import { lampiranStorage } from './storage.ts';

export type NewFile = { title: string | null; fileName: string; bytes: Buffer };
export type NewLink = { title: string; url: string };

/**
 * Attaches a file: its type is recognised from the content (images lose their location metadata
 * first, a PDF with active content is refused), its SHA-256 kept, the bytes stored, and the attachment audited with its owner, in one
 * transaction.
 */
export async function addFile(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  access: OwnerAccess,
  ownerId: string,
  file: NewFile,
): Promise<LampiranView> {
  if (file.bytes.length > LAMPIRAN_MAX_BYTES) throw new AppError('invalid', 'lampiran.too_large', 'berkas', { mb: LAMPIRAN_MAX_BYTES / 1024 / 1024 });
  const recognised = recogniseFile(file.bytes, file.fileName);
  if (!recognised) throw new AppError('invalid', 'lampiran.type_refused', 'berkas');
  if ('refused' in recognised) throw new AppError('invalid', `lampiran.${recognised.refused}`, 'berkas');
  const fileName = cleanFileName(file.fileName, recognised.mediaType);
  return inTransaction(services.db, async (tx) => {
    const owner = await access.resolve(tx, user, actor, ownerId, 'write');
    const row = await insert(tx, user, owner, {
      kind: 'file',
      title: file.title || fileName.replace(/\.[a-z]+$/, ''),
      fileName,
      mediaType: recognised.mediaType,
      size: recognised.bytes.length,
      sha256: createHash('sha256').update(recognised.bytes).digest('hex'),
    });
    await lampiranStorage.put(tx, row.id, recognised.bytes);
    return row;
  });
}

/** Attaches a link (http or https only), audited with its owner. */
export async function addLink(
  services: Services,
  user: SessionUser,
  actor: OrgActor,
  access: OwnerAccess,
  ownerId: string,
  link: NewLink,
): Promise<LampiranView> {
  const url = linkUrl(link.url);
  if (!url) throw new AppError('invalid', 'lampiran.url_invalid', 'url');
  return inTransaction(services.db, async (tx) => {
    const owner = await access.resolve(tx, user, actor, ownerId, 'write');
    return insert(tx, user, owner, { kind: 'link', title: link.title, url });
  });
}

type Fields = Pick<typeof lampiran.$inferInsert, 'kind' | 'title' | 'fileName' | 'mediaType' | 'size' | 'sha256' | 'url'>;

async function insert(tx: Tx, user: SessionUser, owner: Owner, fields: Fields): Promise<LampiranView> {
  const [counted] = await tx
    .select({ n: count() })
    .from(lampiran)
    .where(and(eq(lampiran.ownerKind, owner.kind), eq(lampiran.ownerId, owner.id)));
  if ((counted?.n ?? 0) >= LAMPIRAN_MAX_PER_OWNER) throw new AppError('conflict', 'lampiran.too_many', undefined, { max: LAMPIRAN_MAX_PER_OWNER });
  const [row] = await tx
    .insert(lampiran)
    .values({ ...fields, tenantId: owner.tenantId, ownerKind: owner.kind, ownerId: owner.id, createdBy: user.id })
    .returning();
  const view = lampiranView(row!);
  // A DIP item's attachments are listed on its public page.
  await markSiteChanged(tx, { tenantId: owner.tenantId, unitId: owner.unitId, reason: 'lampiran' });
  await recordAudit(tx, actorOf(user), {
    action: 'lampiran.ditambahkan',
    entity: owner.kind,
    entityId: owner.id,
    after: { pemilik: owner.label, lampiran: auditFacts(view) },
  });
  return view;
}

/** What the audit trail keeps of an attachment: enough to know which file it was, never its bytes. */
export function auditFacts(view: LampiranView) {
  return {
    id: view.id,
    jenis: view.kind,
    judul: view.title,
    berkas: view.fileName,
    tipe: view.mediaType,
    ukuran: view.size,
    sha256: view.sha256,
    url: view.url,
  };
}
