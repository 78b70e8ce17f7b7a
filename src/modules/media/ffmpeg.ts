import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

let found: Promise<boolean> | undefined;

/** Whether ffprobe and ffmpeg are installed (Debian package `ffmpeg`); asked once per process. */
export function ffmpegAvailable(): Promise<boolean> {
  found ??= Promise.all([run('ffprobe', ['-version']), run('ffmpeg', ['-version'])]).then(
    () => true,
    () => false,
  );
  return found;
}

export type VideoFacts = { durationSeconds: number | null; width: number | null; height: number | null };

/** Duration and picture size of a video file, from ffprobe. Throws when ffprobe cannot read it. */
export async function probeVideo(path: string): Promise<VideoFacts> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path], { maxBuffer: 4 * 1024 * 1024 });
  const info = JSON.parse(stdout) as { format?: { duration?: string }; streams?: Array<{ codec_type?: string; width?: number; height?: number }> };
  const video = info.streams?.find((s) => s.codec_type === 'video');
  const duration = Number(info.format?.duration);
  return { durationSeconds: Number.isFinite(duration) ? duration : null, width: video?.width ?? null, height: video?.height ?? null };
}

/** One frame as PNG, a second in (or the middle of a shorter clip): the poster. */
export async function posterFrame(path: string, durationSeconds: number | null): Promise<Buffer> {
  const at = durationSeconds && durationSeconds < 2 ? durationSeconds / 2 : 1;
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-ss', String(at), '-i', path, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (stdout.length === 0) throw new Error('ffmpeg gave no frame');
  return stdout;
}

/**
 * A copy of the video without its container metadata (a phone records where it was filmed there),
 * streams copied as they are: no re-encoding, so it costs only the file's reading and writing.
 */
export async function stripVideoMetadata(from: string, to: string): Promise<void> {
  await run('ffmpeg', ['-v', 'error', '-y', '-i', from, '-map', '0:v', '-map', '0:a?', '-map_metadata', '-1', '-map_chapters', '-1', '-c', 'copy', to]);
}
