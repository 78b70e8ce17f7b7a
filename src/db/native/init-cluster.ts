import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomToken } from '../../lib/crypto.ts';
import type { PostgresBinaries } from './binaries.ts';
import type { ServerUser } from './server-user.ts';

/** Written by Warta into every cluster it creates: the superuser's password, and the sign that the folder is native PostgreSQL (not PGlite). */
export const passwordFileName = 'warta.password';
export const superuser = 'warta';

export const isNativeCluster = (folder: string): boolean => existsSync(join(folder, passwordFileName));

export const clusterPassword = (folder: string): string => readFileSync(join(folder, passwordFileName), 'utf8').trim();

/**
 * Creates a PostgreSQL cluster in `folder` (initdb) unless one is there. It is built in a
 * sibling folder and renamed into place only when complete, so an interrupted first start leaves
 * nothing that looks like a database. Connections need a password (scram), even on loopback.
 * The locale is PostgreSQL's own C.UTF-8 (no dependence on the system's locales).
 */
export async function initCluster(folder: string, bin: PostgresBinaries, user: ServerUser | null): Promise<void> {
  if (existsSync(join(folder, 'PG_VERSION'))) return;
  const building = `${folder}.baru`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { mode: 0o700 });
  const password = randomToken(32);
  const pwfile = `${folder}.pw`;
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (user) {
    chownSync(building, user.uid, user.gid);
    chownSync(pwfile, user.uid, user.gid);
  }
  try {
    const args = [
      `--pgdata=${building}`,
      `--username=${superuser}`,
      `--pwfile=${pwfile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      // One syncfs() of the file system instead of an fsync per file: as durable, seconds faster.
      ...(process.platform === 'linux' ? ['--sync-method=syncfs'] : []),
    ];
    let output = '';
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(bin.initdb, args, { uid: user?.uid, gid: user?.gid, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}) in ${building}:\n${output.slice(-2000)}`);
    writeFileSync(join(building, passwordFileName), password, { mode: 0o600 });
    if (user) chownSync(join(building, passwordFileName), user.uid, user.gid);
    renameSync(building, folder);
  } finally {
    rmSync(pwfile, { force: true });
    rmSync(building, { recursive: true, force: true });
  }
}
