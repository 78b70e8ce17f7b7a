// Load benchmark of the public PPID pages (issue 7 item 25): one unit with 1,000 DIP items and
// 1,000 requests, served by a real Warta process on 127.0.0.1, loaded with wrk (20 connections,
// a few seconds per page, compressed responses asked for), on the embedded PostgreSQL (the
// default of `npm start`), on PGlite (WARTA_DB=pglite) and on the PostgreSQL server at BENCH_PG_URL
// when one answers. Records requests/s, p99, the load average, the server's peak RSS under load and
// each page's weight (HTML + CSS, raw and compressed) against the 30 KB budget. Runs the built
// server (`npm run build` first).
//   npx tsx bench/public-pages.ts [--db=embedded,pglite,postgres] [--seconds=8] [--connections=20] [--only=news-item,news-list] [--cache=0] [--nginx=0] [--warmup=2] [--rounds=1]
// The page cache is on (Warta's default) unless --cache=0. With nginx installed, the exact bytes
// and headers (brotli, as Warta sent them) of the news item and the listing (or, when neither is
// measured, the DIP list) are also served by nginx from a file and by a bare node:http process.
//   BENCH_CPU_PROF=/tmp/prof adds `--cpu-prof` to the server (one .cpuprofile per target).
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadAverage } from './machine.ts';
import { PAGE_BUDGET_BYTES } from './measure.ts';
import { nginxBinary } from './nginx.ts';
import { writeCachedPagesReadme, writePublicPagesReadme } from './public-pages-readme.ts';
import { DIK, embedded, ITEMS, pglite, postgres, REQUESTS, seed, type Target } from './public-pages-seed.ts';
import { load, startWarta } from './public-pages-server.ts';
import { weigh } from './public-pages-weigh.ts';
import { yardsticks } from './public-pages-yardsticks.ts';
import { writeResults } from './readme.ts';
import { rssMb } from './server.ts';

const root = new URL('..', import.meta.url).pathname;

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const seconds = Number(args.get('seconds') ?? 8);
const CONNECTIONS = Number(args.get('connections') ?? 20);
const CACHE = args.get('cache') !== '0';
const rounds = Number(args.get('rounds') ?? 1);

/** The pages measured: the PPID pages of the target, and the unit home for comparison. */
const pages = [
  { key: 'dip', path: '/dinas-a/ppid/dip' },
  { key: 'dip-page-2', path: '/dinas-a/ppid/dip?halaman=2' },
  { key: 'dip-search', path: '/dinas-a/ppid/dip?q=anggaran+desa' },
  { key: 'dik', path: '/dinas-a/ppid/dik' },
  { key: 'register', path: '/dinas-a/ppid/register' },
  { key: 'register-page-7', path: '/dinas-a/ppid/register?tahun=2026&halaman=7' },
  { key: 'laporan', path: '/dinas-a/ppid/laporan' },
  { key: 'laporan-tw3', path: '/dinas-a/ppid/laporan/2026/tw3' },
  { key: 'unit-home', path: '/dinas-a' },
  { key: 'news-list', path: '/dinas-a/berita' },
  { key: 'news-item', path: '/dinas-a/berita/umum/berita-17' },
].filter((p) => !args.has('only') || args.get('only')?.split(',').includes(p.key));

async function benchTarget(target: Target) {
  await seed(target);
  const server = await startWarta(target, CACHE);
  try {
    // A fresh server still does start-up work (job queue maintenance, the shipped calendar and the
    // due-date recount it triggers) for a while after /healthz answers; --warmup waits longer.
    await new Promise((r) => setTimeout(r, Number(args.get('warmup') ?? 2) * 1000));
    const idleRssMb = rssMb(server.child.pid as number);
    const results = [];
    const nginx = [];
    // --rounds=N: the pages and their yardsticks measured N times in turn, so each comparison is of
    // two measurements taken one right after the other on a machine whose load keeps changing.
    for (let round = 1; round <= rounds; round++) {
      for (const page of pages) {
        const weight = await weigh(server.baseUrl, page.path);
        if (weight.status !== 200) throw new Error(`${page.path} answered ${weight.status}`);
        results.push({ ...page, round, weight, load: await load(server, page.path, { connections: CONNECTIONS, seconds }) });
        process.stderr.write(`${target.driver} ${page.key} (round ${round}): ${JSON.stringify(results.at(-1)?.load)}\n`);
      }
      if (args.get('nginx') !== '0' && nginxBinary())
        nginx.push(...(await yardsticks(server, comparedPaths(), { connections: CONNECTIONS, seconds })).map((y) => ({ ...y, round })));
    }
    return { driver: target.driver, cache: CACHE, idleRssMb, peakRssMb: Math.max(...results.map((r) => r.load.peakRssMb)), pages: results, nginx };
  } finally {
    await server.stop();
  }
}

/** The yardsticks of issue 9: the news item and the listing when measured, else the DIP list. */
function comparedPaths(): string[] {
  const wanted = pages.filter((p) => p.key === 'news-item' || p.key === 'news-list');
  return (wanted.length > 0 ? wanted : pages.filter((p) => p.key === 'dip')).map((p) => p.path);
}

/** Runs the benchmark on every available database; writes results/ and the README section. */
export async function benchPublicPages() {
  const loadAtStart = loadAverage();
  if (!existsSync(join(root, 'dist', 'main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first');
  const wanted = args.get('db')?.split(',');
  const runs = [];
  for (const [driver, make] of [
    ['embedded', embedded],
    ['pglite', pglite],
    ['postgres', postgres],
  ] as const) {
    if (wanted && !wanted.includes(driver)) continue;
    const target = await make();
    if (!target) continue;
    try {
      runs.push(await benchTarget(target));
    } finally {
      await target.cleanup();
    }
  }
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 1e9),
      node: process.version,
      loadAtStart,
      loadAtEnd: loadAverage(),
    },
    setup: {
      items: ITEMS,
      dik: DIK,
      requests: REQUESTS,
      connections: CONNECTIONS,
      pageCache: CACHE,
      secondsPerPage: seconds,
      rounds,
      acceptEncoding: 'br, gzip',
      budgetBytes: PAGE_BUDGET_BYTES,
    },
    runs,
  };
  // One file per run (date and time): a run never overwrites an earlier one.
  const stamp = results.date.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const file = `public-pages-${stamp}${CACHE ? '' : '-nocache'}.json`;
  writeResults(file, results);
  if (!args.has('only')) writePublicPagesReadme(results);
  // The issue-9 comparison (news item and listing against nginx and bare node:http) has its own section.
  if (CACHE && pages.some((p) => p.key === 'news-item' || p.key === 'news-list')) writeCachedPagesReadme(results, file);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchPublicPages();
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
