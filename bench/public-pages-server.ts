// The Warta server the public-pages bench loads, and how a page is loaded: wrk against it while its
// memory is sampled and its CPU time counted.
import { type ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { processCpuMs, withChildrenCpuMs } from './cpu.ts';
import type { Target } from './public-pages-seed.ts';
import { freePort, rssMb } from './server.ts';
import { type WrkReport, wrk } from './wrk.ts';

const root = new URL('..', import.meta.url).pathname;

export type Spawned = { child: ChildProcess; baseUrl: string; stop(): Promise<void> };

/** Starts the built server as `npm start` does, on the seeded target, until /healthz answers; the page cache on (32 MB) or off. */
export async function startWarta(target: Target, pageCache: boolean): Promise<Spawned> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`, `--cpu-prof-name=${target.driver}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...profile, 'dist/main.js'], {
    cwd: root,
    env: {
      ...env,
      ...target.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WARTA_DEMO: '0',
      WARTA_LOG_LEVEL: 'warn',
      WARTA_PAGE_CACHE_MB: pageCache ? '32' : '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error('server did not answer /healthz within 120 s');
    if (
      await fetch(`${baseUrl}/healthz`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    baseUrl,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** What wrk reports (requests per second and max rounded to whole numbers), and what the server spent meanwhile. */
export type Load = Omit<WrkReport, 'answered'> & {
  peakRssMb: number;
  /** The machine's 1-minute load average when the page's load ended (other work on the same cores shows here). */
  loadAverage: number;
  /** CPU time the Warta process spent per answered request (user + system): far less dependent on how busy the machine is than req/s. */
  serverCpuMsPerRequest: number;
};

/**
 * wrk against one page (`connections`, `seconds`), sampling the server's RSS every 200 ms; the CPU of
 * the process's children too with `withChildren` (nginx's workers).
 */
export async function load(
  server: Pick<Spawned, 'child' | 'baseUrl'>,
  path: string,
  o: { connections: number; seconds: number; withChildren?: boolean },
): Promise<Load> {
  const cpuMs = o.withChildren ? withChildrenCpuMs : processCpuMs;
  let peak = 0;
  const pid = server.child.pid as number;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 200);
  const cpuBefore = cpuMs(pid);
  try {
    const report = await wrk(server.baseUrl + path, { connections: o.connections, seconds: o.seconds });
    return {
      requestsPerSec: Math.round(report.requestsPerSec),
      p50Ms: report.p50Ms,
      p99Ms: report.p99Ms,
      maxMs: Math.round(report.maxMs),
      non2xx: report.non2xx,
      errors: report.errors,
      peakRssMb: Math.max(peak, rssMb(pid)),
      loadAverage: Math.round(loadavg()[0]! * 100) / 100,
      serverCpuMsPerRequest: report.answered > 0 ? Math.round(((cpuMs(pid) - cpuBefore) / report.answered) * 1000) / 1000 : Number.NaN,
    };
  } finally {
    clearInterval(sampler);
  }
}
