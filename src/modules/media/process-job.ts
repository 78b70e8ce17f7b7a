import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.ts';
import type { Services } from '../../services.ts';
import { recordAudit, systemActor } from '../audit/record-audit.ts';
import { mediaKeys } from './keys.ts';
import { processImage } from './process-image.ts';
import { processVideo } from './process-video.ts';
import { type MediaRow, media } from './schema.ts';
import { mediaStorage } from './storage.ts';
import { storeDerivatives } from './store-derivatives.ts';
import { cleanAbandonedUploads } from './upload-routes.ts';

/** The pg-boss queue that cleans and measures uploaded photos and videos. */
export const PROCESS_MEDIA_QUEUE = 'media.process';

type Outcome = Partial<
  Pick<MediaRow, 'state' | 'stateNote' | 'width' | 'height' | 'durationSeconds' | 'derivatives' | 'storageKey' | 'mediaType' | 'sizeBytes'>
>;

const CLEAN_UPLOADS_QUEUE = 'media.clean-uploads';

/**
 * Starts the worker that processes uploads (each once, retried after a crash) and the nightly
 * removal of uploads abandoned half-way.
 */
export async function startMediaJobs(services: Services): Promise<void> {
  await services.jobs.work<{ mediaId: string }>(
    PROCESS_MEDIA_QUEUE,
    // When the last attempt fails too (storage down, a crash in the decoder) the item says so rather
    // than stay "Sedang diproses" for ever; the uploader can send the file again.
    { retryLimit: 2, retryDelaySeconds: 30, onGiveUp: ({ mediaId }) => markFailed(services, mediaId) },
    ({ mediaId }) => processMedia(services, mediaId),
  );
  await services.jobs.work(CLEAN_UPLOADS_QUEUE, { retryLimit: 1 }, async () => {
    await cleanAbandonedUploads(services);
  });
  await services.jobs.schedule(CLEAN_UPLOADS_QUEUE, '17 2 * * *', {});
}

/**
 * Processes one waiting media item: a photo loses its metadata and gets its responsive copies; a
 * video gets its duration, poster and a metadata-free copy when ffmpeg is there. A file that cannot
 * be decoded is removed and its item marked `gagal`, so nothing uncleaned is ever kept.
 */
export async function processMedia(services: Services, mediaId: string): Promise<void> {
  const [row] = await services.db.select().from(media).where(eq(media.id, mediaId));
  if (row?.state !== 'menunggu' || !row.storageKey) return;
  const outcome = row.kind === 'foto' ? await imageOutcome(services, row) : await processVideo(services, row);
  await inTransaction(services.db, async (tx) => {
    const [after] = await tx
      .update(media)
      .set({ ...outcome, updatedAt: new Date() })
      .where(eq(media.id, row.id))
      .returning();
    await recordAudit(
      tx,
      { ...systemActor, tenantId: row.tenantId },
      { action: 'media.processed', entity: 'media', entityId: row.id, after: { state: after?.state, stateNote: after?.stateNote } },
    );
  });
}

/** Ends a waiting item as failed after its last attempt; its uncleaned upload is removed. */
export async function markFailed(services: Services, mediaId: string): Promise<void> {
  const [row] = await services.db.select().from(media).where(eq(media.id, mediaId));
  if (row?.state !== 'menunggu') return;
  if (row.storageKey)
    await mediaStorage(services.config)
      .remove(row.storageKey)
      .catch(() => undefined);
  await inTransaction(services.db, async (tx) => {
    await tx.update(media).set({ state: 'gagal', stateNote: 'processing_failed', storageKey: null, updatedAt: new Date() }).where(eq(media.id, row.id));
    await recordAudit(
      tx,
      { ...systemActor, tenantId: row.tenantId },
      { action: 'media.processed', entity: 'media', entityId: row.id, after: { state: 'gagal', stateNote: 'processing_failed' } },
    );
  });
}

async function imageOutcome(services: Services, row: MediaRow): Promise<Outcome> {
  const storage = mediaStorage(services.config);
  const incoming = row.storageKey!;
  const bytes = await storage.get(incoming);
  if (!bytes) return { state: 'gagal', stateNote: 'missing', storageKey: null };
  let image: Awaited<ReturnType<typeof processImage>>;
  try {
    image = await processImage(bytes, row.mediaType);
  } catch (err) {
    services.log.warn('media image undecodable', { mediaId: row.id, err });
    await storage.remove(incoming);
    return { state: 'gagal', stateNote: 'undecodable', storageKey: null };
  }
  const derivatives = await storeDerivatives(storage, row, image.derivatives, '');
  const key = mediaKeys.original(row.tenantId, row.id, image.original.extension);
  await storage.put(key, image.original.bytes, image.original.mediaType);
  await storage.remove(incoming);
  return {
    state: 'siap',
    stateNote: null,
    width: image.width,
    height: image.height,
    derivatives,
    storageKey: key,
    mediaType: image.original.mediaType,
    sizeBytes: image.original.bytes.length,
  };
}
