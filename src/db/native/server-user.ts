import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type ServerUser = { name: string; uid: number; gid: number };

/**
 * PostgreSQL refuses to run as root. When Warta runs as root (containers, CI), the postmaster
 * runs as the system's `postgres` account if there is one (Debian's PostgreSQL package makes it),
 * else as `nobody`. As any other user it runs as that same user: null.
 */
export function serverUser(passwd = '/etc/passwd'): ServerUser | null {
  if (process.getuid?.() !== 0) return null;
  const accounts = readFileSync(passwd, 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .filter((f) => f.length >= 4);
  for (const wanted of ['postgres', 'nobody']) {
    const row = accounts.find((f) => f[0] === wanted);
    if (row) return { name: wanted, uid: Number(row[2]), gid: Number(row[3]) };
  }
  throw new Error(
    'Warta berjalan sebagai root tetapi tidak ada akun `postgres` atau `nobody` untuk PostgreSQL / running as root, but there is no `postgres` or `nobody` account to run PostgreSQL as.',
  );
}

/** Gives the server's account its folder: owned by it (recursively, e.g. after a copy made by root), mode 0700. */
export function handOver(folder: string, user: ServerUser): void {
  const chownTree = (path: string) => {
    const st = lstatSync(path);
    if (st.uid !== user.uid || st.gid !== user.gid) chownSync(path, user.uid, user.gid);
    if (st.isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry));
  };
  if (statSync(folder).uid !== user.uid) chownTree(folder);
  chmodSync(folder, 0o700);
}

/**
 * The server's account must be able to pass through every folder above its data. Warta adds the
 * search bit (o+x: pass, not list) to the data folder it owns, and names any other folder in the
 * way instead of changing it (e.g. /root is 0700 on purpose).
 */
export function ensureReachable(dataDir: string, user: ServerUser): void {
  const st = statSync(dataDir);
  if ((st.mode & 0o001) === 0) chmodSync(dataDir, (st.mode & 0o7777) | 0o001);
  const dir = blockingFolder(dataDir, user);
  if (dir) {
    throw new Error(
      `PostgreSQL (akun ${user.name}) tidak dapat melewati folder ${dir}. Pilih WARTA_DATA_DIR di luar folder itu, izinkan lewat (chmod o+x ${dir}), atau pakai WARTA_DB=pglite.\n` +
        `PostgreSQL (account ${user.name}) cannot pass through ${dir}. Choose a WARTA_DATA_DIR outside it, allow passing (chmod o+x ${dir}), or use WARTA_DB=pglite.`,
    );
  }
}

/** The first folder above `path` that the server's account may not pass through, or null. */
export function blockingFolder(path: string, user: ServerUser): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const s = statSync(dir);
    const passes = s.uid === user.uid ? s.mode & 0o100 : s.gid === user.gid ? s.mode & 0o010 : s.mode & 0o001;
    if (!passes) return dir;
    if (dir === dirname(dir)) return null;
  }
}
