// CPU time of processes from /proc (Linux; clock ticks of 10 ms): what serving a page cost, which
// depends far less on how busy the shared machine is than requests per second do.
import { readdirSync, readFileSync } from 'node:fs';
import { statOf } from './server.ts';

/** User + system CPU time of one process so far, in ms. */
export function processCpuMs(pid: number): number {
  const fields = statOf(pid) ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU of a process and of its children now running (nginx's workers), in ms. */
export function withChildrenCpuMs(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  return children.reduce((sum, child) => sum + processCpuMs(child), processCpuMs(pid));
}

/**
 * CPU time (ms) of the processes under `roots` and every process they started, those already
 * reaped included (their time moves to the parent's cutime/cstime).
 */
export function treeCpuMs(roots: readonly number[]): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) parent.set(Number(name), Number(statOf(name)?.[1] ?? 0));
  const inTree = (pid: number): boolean => roots.includes(pid) || (parent.has(pid) && pid > 1 && inTree(parent.get(pid)!));
  let ticks = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    // utime, stime, cutime, cstime: fields 14–17 of stat, 11–14 after the name.
    const f = statOf(pid);
    if (f) ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return (ticks * 1000) / 100;
}
