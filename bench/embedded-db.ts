// The embedded database, side by side: Warta's own PostgreSQL server (the default) against PGlite
// (WARTA_DB=pglite), each on a fresh data folder, the built server (`node dist/main.js`, what
// `npm start` runs). Measures first and warm start to /healthz, idle memory, and throughput and
// p99 of a few real pages and API calls under concurrent load, with memory at its peak.
// Run alone: `npm run build && npx tsx bench/embedded-db.ts` (results/embedded-db-<date>-<time>.json).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineNote } from './machine.ts';
import { publicLinks, summarize } from './measure.ts';
import { writeReadmeSection, writeResults } from './readme.ts';
import { rssMb, type Server, signInDemo, startServer, statOf } from './server.ts';

const root = new URL('..', import.meta.url).pathname;
const CONCURRENCY = 10;
const LOAD_MS = 6_000;
const IDLE_MS = 3_000;

type Engine = 'postgres' | 'pglite';
const start = (dataDir: string, engine: Engine): Promise<Server> => startServer(dataDir, true, engine);

/** Proportional memory (PSS, shared pages split fairly) of the postmaster and all its processes, in MB. */
function postmasterMemory(dataDir: string): { postmasterRssMb: number; treePssMb: number; processes: number } | null {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!(pid > 0) || !existsSync(`/proc/${pid}`)) return null; // PGlite writes a pid of its own (-42)
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && Number(statOf(d)?.[1]) === pid)
    .map(Number);
  const pss = (p: number) => {
    try {
      return Number(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8').match(/Pss:\s+(\d+) kB/)?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  const totalKb = [pid, ...children].reduce((sum, p) => sum + pss(p), 0);
  return { postmasterRssMb: rssMb(pid), treePssMb: Math.round(totalKb / 102.4) / 10, processes: 1 + children.length };
}

type Load = { path: string; requests: number; errors: number; perSecond: number; p50Ms: number; p99Ms: number; maxMs: number };

/** CONCURRENCY loops requesting `path` for LOAD_MS (bounded in time; loopback only). */
async function load(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<Load> {
  const times: number[] = [];
  let errors = 0;
  const until = performance.now() + LOAD_MS;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const res = await fetch(baseUrl + path, { headers });
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const { p50Ms, p99Ms, maxMs } = summarize(times);
  return { path, requests: times.length, errors, perSecond: Math.round(times.length / seconds), p50Ms, p99Ms, maxMs };
}

async function benchEngine(engine: Engine) {
  const dataDir = mkdtempSync(join(tmpdir(), `warta-bench-${engine}-`));
  try {
    const first = await start(dataDir, engine);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idleAfterFirst = { nodeRssMb: rssMb(first.child.pid as number), database: postmasterMemory(dataDir) };
    await first.stop();

    const warm = await start(dataDir, engine);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const idleAfterWarm = { nodeRssMb: rssMb(warm.child.pid as number), database: postmasterMemory(dataDir) };
    const { cookie } = await signInDemo(warm.baseUrl, first.stdout());
    const home = await (await fetch(`${warm.baseUrl}/`)).text();
    const unit =
      publicLinks(home)
        .find((l) => /^\/[a-z0-9-]+\/?$/.test(l))
        ?.replace(/\//g, '') ?? 'bpsdmd';

    let peakNode = 0;
    let peakDb = 0;
    const sampler = setInterval(() => {
      peakNode = Math.max(peakNode, rssMb(warm.child.pid as number));
      peakDb = Math.max(peakDb, postmasterMemory(dataDir)?.treePssMb ?? 0);
    }, 100);
    const runs: Load[] = [];
    for (const [path, headers] of [
      ['/', {}],
      [`/${unit}/ppid/dip`, {}],
      [`/${unit}/ppid/register`, {}],
      ['/api/auth/me', { cookie }],
      [`/${unit}/ppid/laporan`, {}],
    ] as const) {
      runs.push(await load(warm.baseUrl, path, headers));
    }
    clearInterval(sampler);
    await warm.stop();
    return {
      engine,
      firstStartMs: Math.round(first.startMs),
      warmStartMs: Math.round(warm.startMs),
      idleAfterFirst,
      idleAfterWarm,
      underLoad: { peakNodeRssMb: peakNode, peakDatabasePssMb: peakDb },
      load: runs,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One file per run (several runs a day: the shared machine's load changes the numbers). */
export const resultFile = (iso: string) => `embedded-db-${iso.slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.json`;

export async function benchEmbeddedDb() {
  if (!existsSync(join(root, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first');
  const machine = machineNote();
  const engines = [await benchEngine('postgres'), await benchEngine('pglite')];
  const result = { date: new Date().toISOString(), machine, concurrency: CONCURRENCY, loadMs: LOAD_MS, engines };
  writeResults(resultFile(result.date), result);
  writeReadme(result);
  return result;
}

function writeReadme(r: Awaited<ReturnType<typeof benchEmbeddedDb>>): void {
  const [pg, lite] = r.engines as [Awaited<ReturnType<typeof benchEngine>>, Awaited<ReturnType<typeof benchEngine>>];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const db = (m: { database: ReturnType<typeof postmasterMemory> }) =>
    m.database ? `${m.database.treePssMb} MB (${m.database.processes} processes)` : 'in the node process';
  const rows = [
    `Recorded ${r.date.slice(0, 10)} on ${r.machine}. \`node dist/main.js\`, fresh data folder with the demo; ${r.concurrency} concurrent connections for ${r.loadMs / 1000} s per address.`,
    '',
    '| measure | PostgreSQL (embedded, default) | PGlite (`WARTA_DB=pglite`) |',
    '|---|---|---|',
    `| first start (initdb, migrations, demo) → /healthz 200 | ${s(pg.firstStartMs)} | ${s(lite.firstStartMs)} |`,
    `| warm start → /healthz 200 | ${s(pg.warmStartMs)} | ${s(lite.warmStartMs)} |`,
    `| idle RSS of the node process, after first / warm start | ${pg.idleAfterFirst.nodeRssMb} / ${pg.idleAfterWarm.nodeRssMb} MB | ${lite.idleAfterFirst.nodeRssMb} / ${lite.idleAfterWarm.nodeRssMb} MB |`,
    `| idle database server (PSS of postmaster + its processes), warm | ${db(pg.idleAfterWarm)} | ${db(lite.idleAfterWarm)} |`,
    `| peak under load: node RSS / database PSS | ${pg.underLoad.peakNodeRssMb} / ${pg.underLoad.peakDatabasePssMb} MB | ${lite.underLoad.peakNodeRssMb} MB / - |`,
    ...pg.load.map((l, i) => {
      const o = lite.load[i] as Load;
      const cell = (x: Load) => `${x.perSecond} req/s, p99 ${x.p99Ms} ms${x.errors ? `, ${x.errors} errors` : ''}`;
      return `| \`GET ${l.path}\` | ${cell(l)} | ${cell(o)} |`;
    }),
  ].join('\n');
  writeReadmeSection('embedded-db', rows);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const r = await benchEmbeddedDb();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  process.exit(0);
}
