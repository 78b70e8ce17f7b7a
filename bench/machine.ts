// What every bench says about the machine it ran on: on a shared machine the load is part of the numbers.
import { cpus, loadavg, totalmem } from 'node:os';

/** The 1, 5 and 15 minute load averages, to two decimals. */
export const loadAverage = () => loadavg().map((l) => Math.round(l * 100) / 100);

/** Cores, CPU, memory, Node and the load now, in one sentence for a README section. */
export const machineNote = () =>
  `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 1e9)} GB, Node ${process.version}; load average at start ${loadAverage().join(' / ')} (the machine was shared)`;
