import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Services } from '../../services.ts';
import { ffmpegAvailable, posterFrame, probeVideo, stripVideoMetadata } from './ffmpeg.ts';
import { processImage } from './process-image.ts';
import type { MediaRow } from './schema.ts';
import { mediaStorage } from './storage.ts';
import { storeDerivatives } from './store-derivatives.ts';

type VideoOutcome = Partial<Pick<MediaRow, 'state' | 'stateNote' | 'width' | 'height' | 'durationSeconds' | 'derivatives' | 'sizeBytes'>>;

/**
 * A video's duration, picture size and poster (with its responsive copies), and the file replaced
 * by a copy without container metadata. Without ffmpeg the video is kept as sent and says so.
 */
export async function processVideo(services: Services, row: MediaRow): Promise<VideoOutcome> {
  if (!(await ffmpegAvailable())) return { state: 'tidak_diproses', stateNote: 'no_ffmpeg' };
  const storage = mediaStorage(services.config);
  const dir = await mkdtemp(join(tmpdir(), 'warta-video-'));
  const ext = row.storageKey!.split('.').pop();
  const source = join(dir, `masuk.${ext}`);
  const cleaned = join(dir, `bersih.${ext}`);
  try {
    await storage.download(row.storageKey!, source);
    try {
      const facts = await probeVideo(source);
      await stripVideoMetadata(source, cleaned);
      const sizeBytes = (await stat(cleaned)).size;
      let derivatives: MediaRow['derivatives'] = [];
      if (facts.width) {
        const poster = await processImage(await posterFrame(source, facts.durationSeconds), 'image/png');
        derivatives = await storeDerivatives(storage, row, poster.derivatives, 'poster-');
      }
      await storage.putFile(row.storageKey!, cleaned, row.mediaType);
      return { state: 'siap', stateNote: null, ...facts, derivatives, sizeBytes };
    } catch (err) {
      // Not a video ffmpeg understands (or a codec it lacks): kept as sent, and the screen says so.
      services.log.warn('media video unreadable', { mediaId: row.id, err });
      return { state: 'tidak_diproses', stateNote: 'unreadable' };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
