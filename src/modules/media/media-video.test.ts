import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test/client.ts';
import { type Fixture, PASSWORD, seedFixture } from '../../test/fixtures.ts';
import { startTestWarta, type TestWarta } from '../../test/harness.ts';
import { ffmpegAvailable } from './ffmpeg.ts';
import { syntheticMp4, uploadOk, waitProcessed } from './test-media.ts';

let w: TestWarta;
let f: Fixture;
let writer: TestClient;
let folder: string;
// CI installs Debian's ffmpeg (.ci/run); a machine without it still runs the "not processed" case.
const hasFfmpeg = await ffmpegAvailable();

beforeAll(async () => {
  w = await startTestWarta();
  f = await seedFixture(w.services);
  writer = new TestClient(w.app);
  await writer.signIn(f.writerA.email, PASSWORD);
  folder = mkdtempSync(join(tmpdir(), 'warta-video-test-'));
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await w.stop();
});

const tagsOf = (path: string) =>
  JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', path], { encoding: 'utf8' })).format.tags ?? {};

describe('videos', () => {
  it.skipIf(!hasFfmpeg)('duration, size and a poster through ffmpeg; the location a phone recorded is gone', async () => {
    const path = join(folder, 'liputan.mp4');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=320x240:rate=10',
      '-t',
      '3',
      '-metadata',
      'location=-06.1666+106.8166/',
      '-metadata',
      'make=FonselUji',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      path,
    ]);
    expect(tagsOf(path).location).toBe('-06.1666+106.8166/');
    const id = await uploadOk(writer, readFileSync(path), { filename: 'liputan.mp4', filetype: 'video/mp4', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    expect(item).toMatchObject({ state: 'siap', kind: 'video', width: 320, height: 240 });
    expect(item.durationSeconds).toBeCloseTo(3, 0);
    expect(item.derivatives.map((d: any) => `${d.width}.${d.format}`).sort()).toEqual(['320.jpeg', '320.webp']);
    expect(item.derivatives[0]!.url).toMatch(/\/poster-320\.(jpg|webp)$/);
    const res = await w.app.request(item.downloadUrl!, { headers: { cookie: writer.cookie! } });
    const kept = join(folder, 'kept.mp4');
    writeFileSync(kept, Buffer.from(await res.arrayBuffer()));
    const tags = tagsOf(kept);
    expect(tags.location).toBeUndefined();
    expect(tags.make).toBeUndefined();
  });

  it('a video ffprobe cannot read is kept as sent and marked not processed, in words', async () => {
    const id = await uploadOk(writer, syntheticMp4(64 * 1024), { filename: 'rusak.mp4', filetype: 'video/mp4', unitId: f.unitA.id });
    const item = await waitProcessed(writer, id);
    expect(item.state).toBe('tidak_diproses');
    expect(item.stateNote).toBe(hasFfmpeg ? 'unreadable' : 'no_ffmpeg');
    expect(item.downloadUrl).toBeTruthy();
  });
});
