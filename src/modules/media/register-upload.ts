import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { detectType } from './detect-type.ts';
import { mediaKeys } from './keys.ts';
import { getMediaLimits } from './limits.ts';
import { cleanMediaName } from './media-name.ts';
import { PROCESS_MEDIA_QUEUE } from './process-job.ts';
import { type MediaRow, media } from './schema.ts';
import { mediaStorage } from './storage.ts';

export type FinishedUpload = { id: string; unitId: string; path: string; size: number; fileName: string | null };

/**
 * Turns a finished upload into a media item: its type by content (a forged type is refused), the
 * tenant's limit for that kind, the bytes into media storage, and for photos and videos a job that
 * cleans and measures them. Documents are ready at once. With `queue: false` the caller processes
 * the item itself (`processMedia`), as an import does.
 */
export async function registerUpload(
  services: Services,
  user: SessionUser,
  upload: FinishedUpload,
  options: { queue: boolean } = { queue: true },
): Promise<MediaRow> {
  const detected = await detectType(upload.path, upload.fileName ?? '');
  if ('refused' in detected) {
    if (detected.refused === 'type') throw new AppError('invalid', 'media.type_refused', 'berkas');
    throw new AppError('invalid', detected.refused === 'pdf_active' ? 'lampiran.pdf_active' : 'lampiran.pdf_unchecked', 'berkas');
  }
  const limits = await getMediaLimits(services.db, user.tenantId);
  if (upload.size > limits[detected.kind])
    throw new AppError('too_large', 'media.too_large', 'berkas', { mb: Math.floor(limits[detected.kind] / 1024 / 1024), kind: detected.kind });
  const ready = detected.kind === 'dokumen';
  // A photo waits under its own key until the job has removed its metadata; only then is it an original.
  const key = detected.kind === 'foto' ? mediaKeys.incoming(user.tenantId, upload.id) : mediaKeys.original(user.tenantId, upload.id, detected.extension);
  await mediaStorage(services.config).putFile(key, upload.path, detected.mediaType);
  return inTransaction(services.db, async (tx, afterCommit) => {
    const [row] = await tx
      .insert(media)
      .values({
        id: upload.id,
        tenantId: user.tenantId,
        unitId: upload.unitId,
        kind: detected.kind,
        originalName: cleanMediaName(upload.fileName),
        mediaType: detected.mediaType,
        sizeBytes: upload.size,
        storageKey: key,
        state: ready ? 'siap' : 'menunggu',
        uploadedBy: user.id,
      })
      .returning();
    await recordAudit(tx, actorOf(user), { action: 'media.uploaded', entity: 'media', entityId: row!.id, after: row });
    if (!ready && options.queue) afterCommit(() => services.jobs.send(PROCESS_MEDIA_QUEUE, { mediaId: row!.id }));
    return row!;
  });
}
