// Benchmarks, not tests: one cold and one warm start of a real server on 127.0.0.1, its idle
// memory, public page weight against the budget, sequential request latency, and the quarterly
// KIP report over 10,000 requests (bench/laporan-kip.ts), the content board and list over 10,000
// items (bench/konten-list.ts), and a 500 MB resumable media upload (bench/media-upload.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchEmbeddedDb, resultFile } from './embedded-db.ts';
import { benchKontenList } from './konten-list.ts';
import { benchLaporanKip, writeKipReadme } from './laporan-kip.ts';
import { loadAverage, machineNote } from './machine.ts';
import { latency, PAGE_BUDGET_BYTES, type PageWeight, pageWeight, publicLinks } from './measure.ts';
import { benchMediaUpload } from './media-upload.ts';
import { benchPublicPages } from './public-pages.ts';
import { writeReadmeSection, writeResults } from './readme.ts';
import { rssMb, signInDemo, startServer } from './server.ts';

const N = 200;
const MAX_PAGES = 40;
const IDLE_MS = 3_000;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  const loadAtStart = loadAverage();
  try {
    const cold = await startServer(dataDir, true);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const coldRss = rssMb(cold.child.pid as number);
    const home = await pageWeight(cold.baseUrl, '/');
    const pages: PageWeight[] = [home.weight];
    for (const path of publicLinks(home.html).slice(0, MAX_PAGES)) pages.push((await pageWeight(cold.baseUrl, path)).weight);
    const { cookie } = await signInDemo(cold.baseUrl, cold.stdout());
    const me = await latency(`${cold.baseUrl}/api/auth/me`, N, { cookie });
    const page = await latency(`${cold.baseUrl}/`, N);
    const coldExit = await cold.stop();

    const warm = await startServer(dataDir, true);
    await new Promise((r) => setTimeout(r, IDLE_MS));
    const warmRss = rssMb(warm.child.pid as number);
    const warmExit = await warm.stop();

    const embeddedDb = await benchEmbeddedDb();

    const kipMachine = machineNote();
    const laporanKip = await benchLaporanKip();
    writeKipReadme(laporanKip, kipMachine);
    // The PPID pages under load (wrk), on PGlite and on PostgreSQL: its own results file and README section.
    await benchPublicPages();
    // The content board and list over 10,000 items (KONTEN.md): its own results file and README section.
    await benchKontenList();
    // A 500 MB resumable upload with one cut connection: its own results file and README section.
    await benchMediaUpload();

    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1e9), node: process.version, loadAtStart },
      start: {
        coldMs: Math.round(cold.startMs),
        warmMs: Math.round(warm.startMs),
        coldIncludes: 'fresh PGlite folder, migrations, demo seed',
        exitCodes: [coldExit, warmExit],
      },
      idleRssMb: { afterCold: coldRss, afterWarm: warmRss },
      pageBudgetBytes: PAGE_BUDGET_BYTES,
      pages,
      latency: [me, page],
      laporanKip,
      embeddedDb: `results/${resultFile(embeddedDb.date)}`,
    };
    const file = writeResults(`${results.date.slice(0, 10)}.json`, results);
    updateReadme(results);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\nwritten to ${file}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function updateReadme(r: {
  date: string;
  machine: { cpus: number; cpuModel?: string; memoryGb: number; node: string; loadAtStart: number[] };
  start: { coldMs: number; warmMs: number };
  idleRssMb: { afterCold: number; afterWarm: number };
  pages: PageWeight[];
  latency: Array<{ path: string; n: number; p50Ms: number; p95Ms: number }>;
}) {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const heaviest = [...r.pages].sort((a, b) => b.totalBytes - a.totalBytes)[0];
  const over = r.pages.filter((p) => !p.withinBudget).length;
  const rows = [
    `Recorded ${r.date.slice(0, 10)} on ${r.machine.cpus} cores (${r.machine.cpuModel ?? 'unknown CPU'}), ${r.machine.memoryGb} GB, Node ${r.machine.node}; load average at start ${r.machine.loadAtStart.join(' / ')} (the machine was shared).`,
    '',
    '| measure | result |',
    '|---|---|',
    `| cold start (fresh folder, migrations, demo seed) → /healthz 200 | ${(r.start.coldMs / 1000).toFixed(1)} s |`,
    `| warm start (existing folder) → /healthz 200 | ${(r.start.warmMs / 1000).toFixed(1)} s |`,
    `| idle RSS after cold start / after warm start | ${r.idleRssMb.afterCold} MB / ${r.idleRssMb.afterWarm} MB |`,
    `| public pages measured (HTML + CSS) | ${r.pages.length}; heaviest ${heaviest?.path} ${kb(heaviest?.totalBytes ?? 0)} KB; ${over} over the 30 KB budget |`,
    ...r.latency.map((l) => `| \`GET ${l.path}\` × ${l.n} sequential: p50 / p95 | ${l.p50Ms} ms / ${l.p95Ms} ms |`),
  ].join('\n');
  writeReadmeSection('results', rows);
}

await main();
