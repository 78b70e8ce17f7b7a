import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

type Holder = { pid: number; host: string; started: string | null; since: string };

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: Holder | null,
  ) {
    super(
      holder
        ? `Folder data sedang dipakai oleh proses Warta lain (pid ${holder.pid} di ${holder.host} sejak ${holder.since}). ` +
            `Hentikan proses itu dulu; satu folder data hanya untuk satu proses.\n` +
            `The data folder is in use by another Warta process (pid ${holder.pid} on ${holder.host} since ${holder.since}). ` +
            `Stop it first; one data folder serves one process. Lock file: ${lockFile}`
        : `Folder data terkunci / the data folder is locked: ${lockFile}`,
    );
  }
}

/** Start time of a process in clock ticks since boot, so a recycled pid is not mistaken for the holder. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  const started = processStart(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null;
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o600);
    const holder: Holder = { pid: process.pid, host: hostname(), started: processStart(process.pid), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(holder));
    closeSync(fd);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/**
 * Takes the exclusive lock on an embedded data folder (PGlite, or Warta's own PostgreSQL server), or throws DataDirLockedError at once.
 * A lock left by a dead process on this host is taken over; the takeover itself is guarded by
 * an atomic mkdir so two starting processes cannot both take over the same stale lock.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'warta.lock');
  const guard = `${file}.takeover`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) return { release: () => releaseIfOurs(file) };
    const holder = readHolder(file);
    const stale = holder !== null && holder.host === hostname() && !isAlive(holder);
    const unreadable = holder === null && ageMs(file) > 5_000;
    if (!stale && !unreadable) throw new DataDirLockedError(file, holder);
    clearAbandonedGuard(guard);
    try {
      mkdirSync(guard);
    } catch {
      throw new DataDirLockedError(file, holder);
    }
    try {
      // Re-read under the guard: only remove the very lock we judged stale.
      if (JSON.stringify(readHolder(file)) === JSON.stringify(holder)) unlinkSync(file);
    } finally {
      rmSync(guard, { recursive: true, force: true });
    }
  }
  throw new DataDirLockedError(file, readHolder(file));
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function clearAbandonedGuard(guard: string): void {
  if (ageMs(guard) > 30_000) rmSync(guard, { recursive: true, force: true });
}

function releaseIfOurs(file: string): void {
  const holder = readHolder(file);
  if (holder?.pid === process.pid && holder.host === hostname()) unlinkSync(file);
}
