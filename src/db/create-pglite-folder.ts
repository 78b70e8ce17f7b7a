import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Creates a new PGlite cluster in `folder` (PostgreSQL's initdb) inside a worker thread.
 *
 * Why a worker: initdb grows PGlite's WebAssembly memory to about 900 MB, and WebAssembly memory
 * never shrinks while its instance lives. Done in the server's own thread, a first start would
 * keep that for the life of the process — twice what a later start uses (measured: 926 MB vs
 * 509 MB after migrations). The worker's memory goes back to the system when it exits.
 */
export async function createPgliteFolder(folder: string): Promise<void> {
  if (existsSync(join(folder, 'PG_VERSION'))) return;
  // Resolved here so the worker loads the same PGlite build the server uses.
  const pglite = pathToFileURL(createRequire(import.meta.url).resolve('@electric-sql/pglite')).href.replace(/\.cjs$/, '.js');
  const code = `import(${JSON.stringify(pglite)}).then(async ({ PGlite }) => { const db = await PGlite.create(${JSON.stringify(folder)}); await db.close(); })`;
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`creating the embedded database in ${folder} failed (exit ${code})`))));
  });
}
