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
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/lib/log.ts';
import { informasi } from '../src/modules/informasi/schema.ts';
import { bidang } from '../src/modules/org/schema.ts';
import { permohonan } from '../src/modules/permohonan/schema.ts';
import { channels, requesterTypes, type Status } from '../src/modules/permohonan/terms.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { PAGE_BUDGET_BYTES } from './measure.ts';
import { nginxBinary, nginxServing } from './nginx.ts';
import { nodeServing } from './node-http.ts';
import { insertLiveNews } from './seed-news.ts';
import { freePort, rssMb } from './server.ts';

const ITEMS = 1_000;
const REQUESTS = 1_000;
const root = new URL('..', import.meta.url).pathname;
const SECRET = 'bench-secret-key-bench-secret-key-0123456789';
const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_DB = 'warta_bench_public_pages';
const benchDir = new URL('.', import.meta.url).pathname;
const run = promisify(execFile);

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const seconds = Number(args.get('seconds') ?? 8);
const CONNECTIONS = Number(args.get('connections') ?? 20);
const CACHE = args.get('cache') !== '0';
const rounds = Number(args.get('rounds') ?? 1);
const NEWS = 200;

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

const words = ['anggaran', 'desa', 'laporan', 'kinerja', 'pengadaan', 'jalan', 'kesehatan', 'pendidikan', 'aset', 'program'];
const klasifikasiCycle = ['berkala', 'serta_merta', 'setiap_saat', 'setiap_saat', 'berkala'] as const;
const statusCycle: Status[] = [
  'dikabulkan_seluruhnya',
  'dikabulkan_sebagian',
  'ditolak',
  'diproses',
  'terdaftar',
  'ditarik',
  'diteruskan',
  'dikabulkan_seluruhnya',
];

/** 1,000 fictional DIP items and 50 DIK entries of one unit. */
export function informasiRows(tenantId: string, unitId: string) {
  const dip = Array.from({ length: ITEMS }, (_, i) => ({
    tenantId,
    unitId,
    klasifikasi: klasifikasiCycle[i % klasifikasiCycle.length] as string,
    judul: `${words[i % 10]} ${words[(i * 3) % 10]} ${2020 + (i % 7)} nomor ${i + 1}`,
    ringkasan: `Ringkasan fiktif ${words[(i * 7) % 10]} untuk uji beban halaman publik, butir ${i + 1}.`,
    penguasaInformasi: 'Sekretariat Dinas Uji A',
    bentuk: 'softcopy',
    tautan: [{ judul: 'Unduh (PDF)', url: `https://data.uji.test/${i}.pdf` }],
    tanggalTerbit: `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    pembaruanBerikutnya: i % 5 === 0 ? '2026-06-30' : null,
  }));
  const dik = Array.from({ length: 50 }, (_, i) => ({
    tenantId,
    unitId,
    klasifikasi: 'dikecualikan',
    judul: `Berkas dikecualikan fiktif ${i + 1}`,
    ringkasan: 'Isi yang tidak pernah tampil.',
    penguasaInformasi: 'Sekretariat Dinas Uji A',
    bentuk: 'hardcopy',
    pasal17Huruf: 'a',
    dasarHukum: 'UU 14/2008 Pasal 17 huruf a',
    ujiKonsekuensi: 'Membuka berkas dapat menghambat proses penegakan hukum yang sedang berjalan.',
    masaPengecualian: 'selama proses penyidikan',
    pengecualianBerakhir: '2028-12-31',
    penetapanNomor: `${i + 1}/PPID-A/2026`,
    penetapanTanggal: '2026-02-02',
  }));
  return [...dip, ...dik];
}

/** 1,000 fictional requests of 2026, Q1–Q3, every channel, requester type and status. */
export function requestRows(tenantId: string, unitId: string) {
  return Array.from({ length: REQUESTS }, (_, i) => {
    const status = statusCycle[i % statusCycle.length] as Status;
    const received = new Date(Date.UTC(2026, 0, 5, 2) + (i % 260) * 86_400_000 + (i % 300) * 60_000);
    const decided = status === 'diproses' || status === 'terdaftar' ? null : new Date(received.getTime() + ((i % 12) + 1) * 86_400_000);
    const decision = decided ? (status === 'ditolak' ? { kind: 'ditolak' as const, dasar: 'tidak_dikuasai' } : { kind: status }) : null;
    return {
      tenantId,
      unitId,
      number: `PPID/BENCH/2026/${String(i + 1).padStart(5, '0')}`,
      year: 2026,
      sequence: i + 1,
      trackingTokenHash: `bench-${i}`,
      receivedAt: received,
      channel: channels[i % channels.length] as string,
      requesterType: requesterTypes[(i * 7) % requesterTypes.length] as string,
      requesterName: `Pemohon Fiktif ${i}`,
      requesterAddress: 'Jalan Contoh, Kupang',
      informationDetails: `Dokumen anggaran kegiatan nomor ${(i * 13) % 300}`,
      purpose: 'Kajian',
      obtainMethod: 'salinan_softcopy',
      status,
      decidedAt: decided,
      decision: decision as never,
    };
  });
}

export type Target = { driver: 'embedded' | 'pglite' | 'postgres'; env: Record<string, string>; cleanup(): Promise<void> };

/** Warta's own PostgreSQL server in a fresh data folder: what `npm start` runs. */
async function embedded(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-pages-'));
  return { driver: 'embedded', env: { WARTA_DATA_DIR: dataDir, WARTA_DB: 'postgres' }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** PGlite in the Warta process, in a fresh data folder. */
async function pglite(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-pages-'));
  return { driver: 'pglite', env: { WARTA_DATA_DIR: dataDir, WARTA_DB: 'pglite' }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A database of its own on the PostgreSQL server, dropped afterwards; null when none answers. */
async function postgres(): Promise<Target | null> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`drop database if exists ${PG_DB} with (force)`);
  await admin.query(`create database ${PG_DB}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${PG_DB}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-pages-pg-'));
  return {
    driver: 'postgres',
    env: { DATABASE_URL: url.toString(), WARTA_SECRET_KEY: SECRET, WARTA_DATA_DIR: dataDir },
    async cleanup() {
      rmSync(dataDir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${PG_DB} with (force)`);
      await c.end();
    },
  };
}

/** Migrates and fills the target in this process, then closes it so the server can open it. */
export async function seed(target: Target): Promise<void> {
  const config = loadConfig({ ...target.env, WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent' });
  const running = await boot(config, { secretKey: SECRET, log: createLogger('silent') });
  try {
    const db = running.services.db;
    const f = await seedFixture(running.services);
    const info = informasiRows(f.tenant.id, f.unitA.id);
    for (let k = 0; k < info.length; k += 250) await db.insert(informasi).values(info.slice(k, k + 250));
    const reqs = requestRows(f.tenant.id, f.unitA.id);
    for (let k = 0; k < reqs.length; k += 250) await db.insert(permohonan).values(reqs.slice(k, k + 250));
    const [umum] = await db.select().from(bidang).where(sql`${bidang.unitId} = ${f.unitA.id} and ${bidang.slug} = 'umum'`);
    await insertLiveNews(db, { tenantId: f.tenant.id, unitId: f.unitA.id, bidangId: umum!.id, createdBy: f.writerA.id, count: NEWS });
    // A database given 2,000 rows at once gets its statistics from autovacuum within a minute; the
    // load starts sooner, so analyze now, or the planner guesses (e.g. the search computes every
    // item's tsvector instead of using the full-text index: 12 ms against 3 ms a query).
    await db.execute(sql`analyze`);
  } finally {
    await running.stop();
  }
}

type Spawned = { child: ChildProcess; baseUrl: string; stop(): Promise<void> };

/** Starts the built server as `npm start` does, on the seeded target, until /healthz answers. */
async function startWarta(target: Target): Promise<Spawned> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`, `--cpu-prof-name=${target.driver}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...profile, 'dist/main.js'], {
    cwd: root,
    env: { ...env, ...target.env, PORT: String(port), HOST: '127.0.0.1', WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'warn', WARTA_PAGE_CACHE_MB: CACHE ? '32' : '0' },
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

type Weight = {
  status: number;
  htmlBytes: number;
  cssBytes: number;
  totalBytes: number;
  encoding: string | null;
  wireBytes: number;
  withinBudget: boolean;
  /** A first visit before images: the page and every stylesheet, script, font or icon it links. */
  firstViewRequests: number;
  /** Those requests' bodies as sent (compressed), plus the response headers. */
  firstViewWireBytes: number;
};

/** Body and header bytes of one GET as curl receives them with `Accept-Encoding: br, gzip`. */
async function onWire(url: string): Promise<{ body: number; headers: number; encoding: string | null }> {
  const { stdout } = await run('curl', [
    '-s',
    '-o',
    '/dev/null',
    '-w',
    '%{size_download} %{size_header} %header{content-encoding}',
    '-H',
    'accept-encoding: br, gzip',
    url,
  ]);
  const [body, headers, encoding] = stdout.trim().split(' ');
  return { body: Number(body), headers: Number(headers), encoding: encoding || null };
}

/** Bytes of a page and its stylesheets as a first visit downloads them, raw and as sent compressed. */
async function weigh(baseUrl: string, path: string): Promise<Weight> {
  const raw = await fetch(baseUrl + path, { headers: { 'accept-encoding': 'identity' } });
  const html = await raw.text();
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  // Everything else fetched before images: scripts, preloads, fonts, icons (a `data:` icon costs no request).
  const others = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:preload|modulepreload|icon|manifest)"[^>]*href="([^"]+)"/g),
  ]
    .map((m) => m[1] as string)
    .filter((href) => !href.startsWith('data:'));
  const subresources = [...sheets, ...others].map((href) => new URL(href, baseUrl).toString());
  const firstView = await Promise.all([baseUrl + path, ...subresources].map(onWire));
  const css = (await Promise.all(sheets.map((href) => fetch(new URL(href, baseUrl).toString()).then((r) => r.text())))).join('');
  // fetch decompresses, so the compressed size is taken from a plain HTTP/1.1 read by curl.
  const wire = await run('curl', [
    '-s',
    '-o',
    '/dev/null',
    '-w',
    '%{size_download} %header{content-encoding}',
    '-H',
    'accept-encoding: br, gzip',
    baseUrl + path,
  ]);
  const [size, encoding] = wire.stdout.trim().split(' ');
  const htmlBytes = Buffer.byteLength(html);
  const cssBytes = Buffer.byteLength(css);
  const totalBytes = htmlBytes + cssBytes;
  return {
    status: raw.status,
    htmlBytes,
    cssBytes,
    totalBytes,
    encoding: encoding || null,
    wireBytes: Number(size),
    withinBudget: totalBytes <= PAGE_BUDGET_BYTES,
    firstViewRequests: firstView.length,
    firstViewWireBytes: firstView.reduce((sum, r) => sum + r.body + r.headers, 0),
  };
}

type Load = {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  peakRssMb: number;
  /** The machine's 1-minute load average when the page's load ended (other work on the same cores shows here). */
  loadAverage: number;
  /** CPU time the Warta process spent per answered request (user + system): far less dependent on how busy the machine is than req/s. */
  serverCpuMsPerRequest: number;
};

/** User + system CPU time of a process so far, in ms (Linux /proc, clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60000 }[unit] ?? Number.NaN);

/** CPU of a process and of its children (nginx's workers), in ms. */
function treeCpuMs(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  return children.reduce((sum, child) => sum + processCpuMs(child), processCpuMs(pid));
}

/** wrk against one page for `seconds`, sampling the server's RSS every 200 ms; CPU of its children too with `withChildren`. */
async function load(server: Spawned, path: string, withChildren = false): Promise<Load> {
  const cpuMs = withChildren ? treeCpuMs : processCpuMs;
  let peak = 0;
  const pid = server.child.pid as number;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 200);
  const cpuBefore = cpuMs(pid);
  try {
    const { stdout } = await run('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-H', 'Accept-Encoding: br, gzip', server.baseUrl + path], {
      timeout: (seconds + 30) * 1000,
    });
    const lat = (q: string) => {
      const m = stdout.match(new RegExp(`^\\s+${q}%\\s+([\\d.]+)(us|ms|s|m)`, 'm'));
      return m ? Math.round(ms(m[1] as string, m[2] as string) * 10) / 10 : Number.NaN;
    };
    const max = stdout.match(/Latency\s+\S+\s+\S+\s+([\d.]+)(us|ms|s|m)/);
    const errors = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
    const answered = Number(stdout.match(/(\d+) requests in/)?.[1] ?? 0);
    return {
      requestsPerSec: Math.round(Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN)),
      p50Ms: lat('50'),
      p99Ms: lat('99'),
      maxMs: max ? Math.round(ms(max[1] as string, max[2] as string)) : Number.NaN,
      non2xx: Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
      errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
      peakRssMb: Math.max(peak, rssMb(pid)),
      loadAverage: Math.round(loadavg()[0]! * 100) / 100,
      serverCpuMsPerRequest: answered > 0 ? Math.round(((cpuMs(pid) - cpuBefore) / answered) * 1000) / 1000 : Number.NaN,
    };
  } finally {
    clearInterval(sampler);
  }
}

async function benchTarget(target: Target) {
  await seed(target);
  const server = await startWarta(target);
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
        results.push({ ...page, round, weight, load: await load(server, page.path) });
        process.stderr.write(`${target.driver} ${page.key} (round ${round}): ${JSON.stringify(results.at(-1)?.load)}\n`);
      }
      if (args.get('nginx') !== '0' && nginxBinary()) nginx.push(...(await yardsticks(server)).map((y) => ({ ...y, round })));
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

/** The answer Warta sends for `path` with `Accept-Encoding: br, gzip`: its body and headers (minus those of the connection). */
async function sentBy(server: Spawned, path: string): Promise<{ bytes: Buffer; headers: Array<[string, string]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-body-'));
  try {
    await run('curl', ['-s', '-H', 'accept-encoding: br, gzip', '-D', join(dir, 'head'), '-o', join(dir, 'body'), server.baseUrl + path]);
    const headers = readFileSync(join(dir, 'head'), 'utf8')
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()] as [string, string])
      .filter(([name]) => !['date', 'connection', 'keep-alive', 'content-length'].includes(name));
    return { bytes: readFileSync(join(dir, 'body')), headers };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same bytes and headers Warta sent for each compared page (brotli) served by nginx from a
 * file, with one worker (as Warta is one process) and with two (one per core), and by a bare
 * node:http process answering with them prebuilt (the ceiling of one Node process), each loaded
 * exactly as Warta was.
 */
async function yardsticks(server: Spawned) {
  const out = [];
  for (const path of comparedPaths()) {
    const { bytes, headers } = await sentBy(server, path);
    const fixed = new Set(['content-type', 'content-encoding', 'vary', 'cache-control']);
    const type = headers.find(([name]) => name === 'content-type')?.[1] ?? 'text/html; charset=utf-8';
    const servers = [
      ...[1, 2].map((workers) => async () => ({
        name: `nginx (${workers} worker${workers > 1 ? 's' : ''})`,
        serving: await nginxServing(
          bytes,
          'br',
          type,
          workers,
          headers.filter(([n]) => !fixed.has(n)),
        ),
        withChildren: true,
      })),
      async () => ({ name: 'node:http (1 process, prebuilt answer)', serving: await nodeServing(bytes, headers), withChildren: false }),
    ];
    for (const start of servers) {
      const { name, serving, withChildren } = await start();
      try {
        const measured = await load(serving, serving.path, withChildren);
        out.push({
          path,
          server: name,
          bytes: bytes.byteLength,
          requestsPerSec: measured.requestsPerSec,
          p50Ms: measured.p50Ms,
          p99Ms: measured.p99Ms,
          cpuMsPerRequest: measured.serverCpuMsPerRequest,
          loadAverage: measured.loadAverage,
        });
        process.stderr.write(`${name} ${path}: ${JSON.stringify(out.at(-1))}\n`);
      } finally {
        await serving.stop();
      }
    }
  }
  return out;
}

/** Runs the benchmark on every available database; writes results/ and the README section. */
export async function benchPublicPages() {
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
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
      loadAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    setup: {
      items: ITEMS,
      dik: 50,
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
  const file = join(benchDir, 'results', `public-pages-${stamp}${CACHE ? '' : '-nocache'}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  if (!args.has('only')) writeReadme(results);
  return results;
}

function writeReadme(r: Awaited<ReturnType<typeof benchPublicPages>> extends infer T ? T : never) {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const m = r.machine;
  const lines = [
    `Recorded ${r.date.slice(0, 10)} on ${m.cpus} cores (${m.cpuModel ?? 'unknown CPU'}), ${m.memoryGb} GB, Node ${m.node}; load average ${m.loadAtStart.join(' / ')} at start, ${m.loadAtEnd.join(' / ')} at the end (the machine was shared; wrk runs on the same 2 cores). ${r.setup.items} DIP items + ${r.setup.dik} DIK entries and ${r.setup.requests} requests in one unit; wrk, ${r.setup.connections} connections, ${r.setup.secondsPerPage} s per page, \`Accept-Encoding: ${r.setup.acceptEncoding}\`.`,
    '',
    `Page cache ${r.setup.pageCache ? 'on (32 MB, the default)' : 'off (`--cache=0`)'}. First view = the page and every stylesheet, script, font or icon it links, before images: requests, and bytes on the wire (compressed bodies + headers).`,
    '',
    '| database | page | req/s | p50 | p99 | max | server CPU per request | load average | HTML + CSS (raw) | HTML as sent (compressed) | first view |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.runs.flatMap((run) =>
      run.pages.map(
        (p) =>
          `| ${run.driver} | \`${p.path}\` | ${p.load.requestsPerSec} | ${p.load.p50Ms} ms | ${p.load.p99Ms} ms | ${p.load.maxMs} ms | ${p.load.serverCpuMsPerRequest} ms | ${p.load.loadAverage} | ${kb(p.weight.totalBytes)} KB${p.weight.withinBudget ? '' : ' (over budget)'} | ${kb(p.weight.wireBytes)} KB ${p.weight.encoding ?? 'uncompressed'} | ${p.weight.firstViewRequests} req, ${kb(p.weight.firstViewWireBytes)} KB |`,
      ),
    ),
    '',
    ...r.runs.map(
      (run) =>
        `- ${run.driver}: server RSS idle ${run.idleRssMb} MB, peak under load ${run.peakRssMb} MB (VmRSS of the Warta process${run.driver === 'pglite' ? '' : '; the PostgreSQL server is not included'}).`,
    ),
    ...r.runs.flatMap((run) =>
      run.nginx.map((n) => {
        const warta = run.pages.find((p) => p.path === n.path && p.round === n.round)?.load.requestsPerSec ?? Number.NaN;
        return `- ${n.server} serving the same ${n.bytes} bytes and headers of \`${n.path}\`, measured beside the ${run.driver} run: ${n.requestsPerSec} req/s, p99 ${n.p99Ms} ms, ${n.cpuMsPerRequest} ms CPU per request (load ${n.loadAverage}); Warta's ${warta} req/s is ${Math.round((warta / n.requestsPerSec) * 100)} %.`;
      }),
    ),
  ].join('\n');
  const readme = join(benchDir, 'README.md');
  const text = readFileSync(readme, 'utf8');
  writeFileSync(
    readme,
    text.replace(/<!-- public-pages:start -->[\s\S]*<!-- public-pages:end -->/, `<!-- public-pages:start -->\n${lines}\n<!-- public-pages:end -->`),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchPublicPages();
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}
