import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { SessionUser } from '../../http/env.ts';
import { AppError } from '../../lib/errors.ts';
import type { Services } from '../../services.ts';
import { actorOf, recordAudit } from '../audit/record-audit.ts';
import { processMedia } from './process-job.ts';
import { registerUpload } from './register-upload.ts';
import { type MediaRow, media } from './schema.ts';

export type MediaImport = {
  unitId: string;
  bytes: Buffer;
  /** The file name it is shown under. */
  name: string;
  altText: string;
  caption?: string;
  credit?: string;
};

/**
 * Puts a file that did not come through the browser (the demo's photos, an import) into the
 * library the way an upload goes: recognised by content, within the tenant's limit, cleaned and
 * given its responsive copies, but processed now rather than by the job, so the item is ready
 * when this returns. Then its words are set. The caller decides whether `user` may add media to
 * the unit, as the upload route does. A file that cannot be processed is refused on `berkas`.
 */
export async function importMediaFile(services: Services, user: SessionUser, file: MediaImport): Promise<MediaRow> {
  const id = randomUUID();
  // In the data folder, so the folder storage can move the file rather than copy it.
  const directory = join(services.config.dataDir, 'media-unggah');
  const path = join(directory, `impor-${id}`);
  await mkdir(directory, { recursive: true });
  await writeFile(path, file.bytes);
  try {
    await registerUpload(services, user, { id, unitId: file.unitId, path, size: file.bytes.length, fileName: file.name }, { queue: false });
  } finally {
    await rm(path, { force: true });
  }
  await processMedia(services, id);
  return inTransaction(services.db, async (tx) => {
    const words = { altText: file.altText, caption: file.caption ?? '', credit: file.credit ?? '' };
    const [after] = await tx
      .update(media)
      .set({ ...words, updatedAt: new Date() })
      .where(eq(media.id, id))
      .returning();
    if (after!.state === 'gagal') throw new AppError('invalid', 'media.failed', 'berkas');
    await recordAudit(tx, actorOf(user), { action: 'media.updated', entity: 'media', entityId: id, after: words });
    return after!;
  });
}
