// A bare node:http server answering every request with one page's exact status line, headers and
// bytes, prebuilt: the most a single Node process can do on this machine, the ceiling for Warta's
// cached pages (which are answered the same way, plus a cache lookup).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server.ts';

export type NodeServing = { child: ChildProcess; baseUrl: string; path: string; stop(): Promise<void> };

const script = `
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const [body, headers, port] = process.argv.slice(1);
const bytes = readFileSync(body);
const lines = JSON.parse(readFileSync(headers, 'utf8'));
createServer((req, res) => {
  res.writeHead(200, lines);
  res.end(bytes);
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** Starts one Node process serving `bytes` with `headers` (name/value pairs, Content-Length added). */
export async function nodeServing(bytes: Buffer, headers: Array<[string, string]>): Promise<NodeServing> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-node-'));
  writeFileSync(join(dir, 'body'), bytes);
  writeFileSync(join(dir, 'headers.json'), JSON.stringify([...headers, ['content-length', String(bytes.byteLength)]].flat()));
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', script, join(dir, 'body'), join(dir, 'headers.json'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`node yardstick exited (${code})`)));
  });
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    path: '/page',
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
