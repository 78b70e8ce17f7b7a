// Benchmark of the media library's resumable upload (tus): a 500 MB video to the built server over
// loopback, once straight through and once with the connection cut part-way (HEAD for the offset,
// then PATCH the rest), checking the stored bytes by SHA-256. Alone: `npm run build && npx tsx bench/media-upload.ts`.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadAverage } from './machine.ts';
import { writeReadmeSection, writeResults } from './readme.ts';
import { signInDemo, startServer } from './server.ts';

const SIZE = 500 * 1024 * 1024;
const CUT_AT = 200 * 1024 * 1024;

type Session = { baseUrl: string; cookie: string; csrf: string; unitId: string };
type Run = { label: string; seconds: number; mbPerSecond: number; resumedFrom: number | null; storedSha256Matches: boolean; state: string };

/** A synthetic MP4: an `ftyp` box so it is recognised as a video, then pseudo-random filler. */
async function writeVideo(path: string): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  const block = Buffer.alloc(4 * 1024 * 1024);
  let seed = 7;
  for (let i = 0; i < block.length; i += 4) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    block.writeUInt32LE(seed, i);
  }
  const header = Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x31]);
  for (let written = 0; written < SIZE; written += block.length) {
    const part = Buffer.from(block.subarray(0, Math.min(block.length, SIZE - written)));
    if (written === 0) header.copy(part);
    part.writeUInt32LE(written, 64);
    hash.update(part);
    if (!out.write(part)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return hash.digest('hex');
}

/** The demo login's session, with the first unit it may upload to. */
async function signIn(baseUrl: string, stdout: string): Promise<Session> {
  const { cookie, csrfToken } = await signInDemo(baseUrl, stdout);
  const units = (await (await fetch(`${baseUrl}/api/units`, { headers: { cookie } })).json()) as { items: Array<{ id: string }> };
  return { baseUrl, cookie, csrf: csrfToken, unitId: units.items[0]!.id };
}

const tusHeaders = (s: Session, extra: Record<string, string> = {}) => ({ 'tus-resumable': '1.0.0', cookie: s.cookie, 'x-csrf-token': s.csrf, ...extra });

/** PATCHes the file from `offset` over one connection; with `cutAfter`, destroys it after that many bytes. */
function patch(s: Session, url: string, file: string, offset: number, cutAfter?: number): Promise<{ status: number; mediaId: string | null }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.baseUrl}${url}`, {
      method: 'PATCH',
      headers: {
        ...tusHeaders(s, { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }),
        'content-length': String(SIZE - offset),
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, mediaId: (res.headers['warta-media-id'] as string) ?? null }));
    });
    let sent = 0;
    const stream = createReadStream(file, { start: offset, highWaterMark: 1024 * 1024 });
    stream.on('data', (chunk) => {
      if (cutAfter !== undefined && sent >= cutAfter) {
        stream.destroy();
        req.destroy();
        resolve({ status: 0, mediaId: null });
        return;
      }
      sent += chunk.length;
      if (!req.write(chunk)) {
        stream.pause();
        req.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => req.end());
    req.on('error', (err) => (cutAfter !== undefined ? resolve({ status: 0, mediaId: null }) : reject(err)));
  });
}

async function upload(s: Session, file: string, sha: string, cut: boolean): Promise<Run> {
  const began = performance.now();
  const created = await fetch(`${s.baseUrl}/api/media/unggah`, {
    method: 'POST',
    headers: tusHeaders(s, {
      'upload-length': String(SIZE),
      'upload-metadata': `filename ${Buffer.from('liputan-500mb.mp4').toString('base64')},filetype ${Buffer.from('video/mp4').toString('base64')},unitId ${Buffer.from(s.unitId).toString('base64')}`,
    }),
  });
  if (created.status !== 201) throw new Error(`creation answered ${created.status}: ${await created.text()}`);
  const url = created.headers.get('location')!;
  let resumedFrom: number | null = null;
  let done = await patch(s, url, file, 0, cut ? CUT_AT : undefined);
  if (cut) {
    // The server keeps what arrived; HEAD says how much, and the rest follows from there.
    await new Promise((r) => setTimeout(r, 200));
    const head = await fetch(`${s.baseUrl}${url}`, { method: 'HEAD', headers: tusHeaders(s) });
    resumedFrom = Number(head.headers.get('upload-offset'));
    done = await patch(s, url, file, resumedFrom);
  }
  const seconds = (performance.now() - began) / 1000;
  if (done.status !== 204 || !done.mediaId) throw new Error(`upload ended with ${done.status}`);
  const item = await waitState(s, done.mediaId);
  const stored = createHash('sha256');
  const download = await fetch(`${s.baseUrl}/api/media/${done.mediaId}/berkas`, { headers: { cookie: s.cookie } });
  for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>) stored.update(chunk);
  return {
    label: cut ? `cut after ${CUT_AT / 1024 / 1024} MB, resumed` : 'straight through',
    seconds: Math.round(seconds * 100) / 100,
    mbPerSecond: Math.round((SIZE / 1024 / 1024 / seconds) * 10) / 10,
    resumedFrom,
    storedSha256Matches: stored.digest('hex') === sha,
    state: item.state,
  };
}

async function waitState(s: Session, id: string): Promise<{ state: string }> {
  for (let i = 0; i < 600; i++) {
    const item = (await (await fetch(`${s.baseUrl}/api/media/${id}`, { headers: { cookie: s.cookie } })).json()) as { state: string };
    if (item.state !== 'menunggu') return item;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the processing job did not run');
}

/** Runs the upload benchmark against the built server; writes its results file and README section. */
export async function benchMediaUpload() {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-media-'));
  const videoDir = mkdtempSync(join(tmpdir(), 'warta-bench-video-'));
  const loadAtStart = loadAverage();
  const server = await startServer(dataDir, true);
  try {
    const file = join(videoDir, 'video.mp4');
    const sha = await writeVideo(file);
    if (statSync(file).size !== SIZE) throw new Error('video not written');
    const session = await signIn(server.baseUrl, server.stdout());
    const runs = [await upload(session, file, sha, false), await upload(session, file, sha, true)];
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1e9), node: process.version, loadAtStart },
      sizeMb: SIZE / 1024 / 1024,
      storage: 'folder (WARTA_DATA_DIR/media), embedded PostgreSQL',
      runs,
    };
    writeResults(`media-upload-${results.date.slice(0, 10)}.json`, results);
    writeReadme(results);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return results;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(videoDir, { recursive: true, force: true });
  }
}

function writeReadme(r: { date: string; machine: { cpus: number; cpuModel?: string; node: string; loadAtStart: number[] }; runs: Run[] }) {
  const rows = [
    `Recorded ${r.date.slice(0, 10)} on ${r.machine.cpus} cores (${r.machine.cpuModel ?? 'unknown CPU'}), Node ${r.machine.node}; load average at start ${r.machine.loadAtStart.join(' / ')} (the machine was shared).`,
    '',
    '| 500 MB video over loopback | time | throughput | resumed from | stored bytes (SHA-256) | state after the job |',
    '|---|---|---|---|---|---|',
    ...r.runs.map(
      (x) =>
        `| ${x.label} | ${x.seconds} s | ${x.mbPerSecond} MB/s | ${x.resumedFrom === null ? '—' : `${(x.resumedFrom / 1024 / 1024).toFixed(1)} MB`} | ${x.storedSha256Matches ? 'identical' : 'DIFFERENT'} | ${x.state} |`,
    ),
  ].join('\n');
  writeReadmeSection('media-upload', rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMediaUpload();
