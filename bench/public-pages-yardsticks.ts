// Yardsticks for Warta's cached pages (issue 9): the very bytes and headers Warta sent for a page,
// served by nginx from a file and by a bare node:http process, loaded exactly as Warta was.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { nginxServing } from './nginx.ts';
import { nodeServing } from './node-http.ts';
import { load, type Spawned } from './public-pages-server.ts';

const run = promisify(execFile);

/** The answer Warta sends for `path` with `Accept-Encoding: br, gzip`: its body and headers (minus those of the connection). */
async function sentBy(server: Pick<Spawned, 'baseUrl'>, path: string): Promise<{ bytes: Buffer; headers: Array<[string, string]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-body-'));
  try {
    await run('curl', ['-s', '-H', 'accept-encoding: br, gzip', '-D', join(dir, 'head'), '-o', join(dir, 'body'), server.baseUrl + path]);
    const headers = readFileSync(join(dir, 'head'), 'utf8')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as [string, string])
      .filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name));
    return { bytes: readFileSync(join(dir, 'body')), headers };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same bytes and headers Warta sent for each compared page (brotli) served by nginx from a
 * file, with one worker (as Warta is one process) and with two (one per core), and by a bare
 * node:http process answering with them prebuilt (the ceiling of one Node process), each loaded
 * exactly as Warta was.
 */
export async function yardsticks(server: Spawned, paths: string[], o: { connections: number; seconds: number }) {
  const out = [];
  for (const path of paths) {
    const { bytes, headers } = await sentBy(server, path);
    const fixed = new Set(['content-type', 'content-encoding', 'vary', 'cache-control']);
    const type = headers.find(([name]) => name === 'content-type')?.[1] ?? 'text/html; charset=utf-8';
    const servers = [
      ...[1, 2].map((workers) => async () => ({
        name: `nginx (${workers} worker${workers > 1 ? 's' : ''})`,
        serving: await nginxServing(
          bytes,
          'br',
          type,
          workers,
          headers.filter(([n]) => !fixed.has(n)),
        ),
        withChildren: true,
      })),
      async () => ({ name: 'node:http (1 process, prebuilt answer)', serving: await nodeServing(bytes, headers), withChildren: false }),
    ];
    for (const start of servers) {
      const { name, serving, withChildren } = await start();
      try {
        const measured = await load(serving, serving.path, { ...o, withChildren });
        out.push({
          path,
          server: name,
          bytes: bytes.byteLength,
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
