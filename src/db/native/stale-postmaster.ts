import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/** A zombie (exited, not yet reaped by whoever adopted it) counts as gone. */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (not Linux): trust kill()
  }
};

const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
  } catch {
    return '';
  }
};

/**
 * Clears what a Warta process killed with -9 leaves: its postmaster keeps running on its own
 * (or its postmaster.pid names a pid that another process now has). Called only while holding
 * the data-folder lock, so no live Warta owns that postmaster: it is stopped (fast shutdown,
 * then immediate) before a new one starts. A pid file whose process is gone is left to
 * PostgreSQL, which replaces it itself.
 */
export async function clearStalePostmaster(folder: string, postgresBinary: string): Promise<'none' | 'stopped' | 'removed-pid-file'> {
  const pidFile = join(folder, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return 'none';
  }
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return 'none';
  if (!commandOf(pid).endsWith('postgres') && commandOf(pid) !== postgresBinary) {
    unlinkSync(pidFile);
    return 'removed-pid-file';
  }
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    process.kill(pid, signal);
    const until = Date.now() + waitMs;
    while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    if (!alive(pid)) return 'stopped';
  }
  throw new Error(`the old PostgreSQL server (pid ${pid}) of ${folder} did not stop`);
}
