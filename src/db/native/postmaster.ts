import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { postgresBinaries, reachableBinaries } from './binaries.ts';
import { clusterPassword, initCluster, superuser } from './init-cluster.ts';
import { ensureReachable, handOver, serverUser } from './server-user.ts';
import { clearStalePostmaster } from './stale-postmaster.ts';

export type Postmaster = { url: string; pid: number; stop(): Promise<void> };

export const databaseName = 'warta';

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts Warta's own PostgreSQL server on `<dataDir>/pg` (creating the cluster on first use),
 * listening on a free loopback port only, no unix socket, password required. Its log goes to
 * `<dataDir>/postgres.log`. The caller holds the data-folder lock.
 */
export async function startPostmaster(dataDir: string): Promise<Postmaster> {
  const folder = join(dataDir, 'pg');
  const user = serverUser();
  const bin = reachableBinaries(await postgresBinaries(), user);
  mkdirSync(dataDir, { recursive: true });
  if (user) ensureReachable(dataDir, user);
  await initCluster(folder, bin, user);
  if (user) handOver(folder, user);
  await clearStalePostmaster(folder, bin.postgres);
  const password = clusterPassword(folder);
  const logFile = join(dataDir, 'postgres.log');

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const log = openSync(logFile, 'a', 0o600);
    const startedAt = readSafe(logFile).length;
    // detached: its own process group, so Ctrl-C in the terminal reaches Warta only, which then
    // stops the HTTP server and the jobs before the database.
    const child = spawn(bin.postgres, ['-D', folder, ...settings(port)], {
      uid: user?.uid,
      gid: user?.gid,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', log, log],
      detached: true,
    });
    closeSync(log);
    const url = `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`;
    try {
      await untilReady(child, port, password);
    } catch (err) {
      const tail = readSafe(logFile).slice(startedAt);
      if (attempt < 3 && /could not bind|Address already in use/.test(tail)) continue;
      throw new Error(`PostgreSQL in ${folder} did not start: ${(err as Error).message}\n${tail.slice(-2000)}`);
    }
    await ensureDatabase(port, password);
    return running(child, url);
  }
}

function settings(port: number): string[] {
  const values: Record<string, string> = {
    port: String(port),
    listen_addresses: '127.0.0.1',
    unix_socket_directories: '',
    max_connections: '40',
    shared_buffers: '64MB',
    huge_pages: 'off',
    // PostgreSQL 18's default starts three I/O worker processes; one small site does not need them.
    io_method: 'sync',
  };
  return Object.entries(values).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
}

function readSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Polls until the server accepts a login; fails at once if the process exits. */
async function untilReady(child: ChildProcess, port: number, password: string): Promise<void> {
  let exited: string | null = null;
  child.once('exit', (code, signal) => {
    exited = `exit ${code ?? signal}`;
  });
  child.once('error', (err) => {
    exited = err.message;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(exited);
    if (Date.now() > deadline) {
      child.kill('SIGQUIT');
      throw new Error('not ready within 60 s');
    }
    const client = new pg.Client({ host: '127.0.0.1', port, user: superuser, password, database: 'postgres' });
    client.on('error', () => {});
    const ok = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => {});
    if (ok) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: superuser, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (!rowCount) await client.query(`create database ${databaseName}`);
  } finally {
    await client.end();
  }
}

function running(child: ChildProcess, url: string): Postmaster {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  // If Warta exits without stopping it (an uncaught error), ask for a fast shutdown on the way out.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  return {
    url,
    pid: child.pid as number,
    async stop() {
      process.off('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      const slow = setTimeout(() => child.kill('SIGQUIT'), 30_000);
      await exited;
      clearTimeout(slow);
    },
  };
}
