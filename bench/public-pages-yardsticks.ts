// Yardsticks for Warta's cached pages (issue 9): the very bytes and headers Warta sent for a page,
// served by nginx from a file and by a bare node:http process, loaded exactly as Warta was.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { nginxServing, type Variant } from './nginx.ts';
import { nodeServing } from './node-http.ts';
import { load, type Spawned } from './public-pages-server.ts';

const run = promisify(execFile);

type Sent = { bytes: Buffer; headers: Array<[string, string]>; headBytes: number };

/**
 * The answer `baseUrl + path` sends with `acceptEncoding` (none: identity): its body, its headers
 * (minus those of the connection) and the size of its whole head as on the wire.
 */
async function sentBy(baseUrl: string, path: string, acceptEncoding?: string): Promise<Sent> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-body-'));
  try {
    const ask = acceptEncoding ? ['-H', `accept-encoding: ${acceptEncoding}`] : [];
    await run('curl', ['-s', ...ask, '-D', join(dir, 'head'), '-o', join(dir, 'body'), baseUrl + path]);
    const head = readFileSync(join(dir, 'head'), 'utf8');
    const headers = head
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as [string, string])
      .filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name));
    return { bytes: readFileSync(join(dir, 'body')), headers, headBytes: Buffer.byteLength(head, 'latin1') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ASKED = ['br, gzip', 'gzip', undefined] as const;
const headerOf = (sent: Sent, name: string) => sent.headers.find(([n]) => n === name)?.[1];

/** Throws unless a yardstick answers each Accept-Encoding with the very bytes, encoding and ETag Warta sent. */
async function sameAnswers(baseUrl: string, path: string, warta: Sent[]): Promise<number> {
  let headBytes = 0;
  for (const [i, asked] of ASKED.entries()) {
    const theirs = await sentBy(baseUrl, path, asked);
    const ours = warta[i] as Sent;
    for (const name of ['content-encoding', 'etag', 'content-type', 'vary', 'cache-control'])
      if (headerOf(theirs, name) !== headerOf(ours, name))
        throw new Error(`${baseUrl}: ${name} ${headerOf(theirs, name)} for ${asked}, Warta sent ${headerOf(ours, name)}`);
    if (!theirs.bytes.equals(ours.bytes)) throw new Error(`${baseUrl}: other bytes than Warta's for ${asked}`);
    if (i === 0) headBytes = theirs.headBytes;
  }
  return headBytes;
}

/**
 * The same bytes and headers Warta sent for each compared page served by nginx from files (brotli,
 * gzip and identity, chosen per request from Accept-Encoding as Warta chooses; checked for each
 * before the load), with one worker (as Warta is one process) and with two (one per core), and by
 * a bare node:http process answering with the brotli answer prebuilt (the ceiling of one Node
 * process), each loaded exactly as Warta was. The head sizes on the wire are recorded beside.
 */
export async function yardsticks(server: Spawned, paths: string[], o: { connections: number; seconds: number }) {
  const out = [];
  for (const path of paths) {
    const warta = await Promise.all(ASKED.map((asked) => sentBy(server.baseUrl, path, asked)));
    const [asBrowsers] = warta as [Sent];
    const { bytes, headers } = asBrowsers;
    const perVariant = new Set(['content-type', 'content-encoding', 'vary', 'etag']);
    const type = headerOf(asBrowsers, 'content-type') ?? 'text/html; charset=utf-8';
    const variants = warta.map((sent) => ({
      bytes: sent.bytes,
      encoding: (headerOf(sent, 'content-encoding') ?? null) as Variant['encoding'],
      etag: headerOf(sent, 'etag'),
    }));
    const servers = [
      ...[1, 2].map((workers) => async () => ({
        name: `nginx (${workers} worker${workers > 1 ? 's' : ''})`,
        serving: await nginxServing(
          variants,
          type,
          workers,
          headers.filter(([n]) => !perVariant.has(n)),
        ),
        withChildren: true,
      })),
      async () => ({ name: 'node:http (1 process, prebuilt answer)', serving: await nodeServing(bytes, headers), withChildren: false }),
    ];
    for (const start of servers) {
      const { name, serving, withChildren } = await start();
      try {
        // nginx negotiates as Warta does; the bare node process always sends the brotli answer.
        const headBytes = withChildren
          ? await sameAnswers(serving.baseUrl, serving.path, warta)
          : (await sentBy(serving.baseUrl, serving.path, ASKED[0])).headBytes;
        const measured = await load(serving, serving.path, { ...o, withChildren });
        out.push({
          path,
          server: name,
          bytes: bytes.byteLength,
          headBytes,
          wartaHeadBytes: asBrowsers.headBytes,
          requestsPerSec: measured.requestsPerSec,
          p50Ms: measured.p50Ms,
          p99Ms: measured.p99Ms,
          cpuMsPerRequest: measured.serverCpuMsPerRequest,
          loadAverage: measured.loadAverage,
        });
        process.stderr.write(`${name} ${path}: ${JSON.stringify(out.at(-1))}\n`);
      } finally {
        await serving.stop();
      }
    }
  }
  return out;
}
