// Warta against a stock WordPress 6.1 serving the same pages (issue 9: a news item page and a
// listing at ≥ 100× WordPress's requests per second). Both sites hold the posts and pages of
// `/work/shared/fixtures/wordpress-export.xml` (a real WordPress 6.1 export, 200 posts):
// - WordPress: Debian bookworm's package (`apt-get install -y wordpress php-fpm php-mysql`), no
//   caching plugin, its default theme, `/%postname%/` addresses, behind nginx (2 workers, gzip on)
//   and php-fpm (Debian's stock pool: dynamic, at most 5 children, OPcache on), its database in
//   MariaDB at BENCH_MYSQL_HOST (default 127.0.0.1:3306, user root, no password). The posts go in
//   with WordPress's own `wp_insert_post` (bench/wordpress-load.php; the export is read by Warta's
//   reader into JSON, as php-xml is not part of that install).
// - Warta: the built server (`npm run build` first) on the embedded PostgreSQL in a fresh folder,
//   page cache on (the default), the same export brought in with Warta's own WordPress import.
// Each page is loaded as bench/public-pages.ts loads Warta's pages: wrk -t2 -c20 for a few seconds
// with `Accept-Encoding: br, gzip`, after one warm-up request, on 127.0.0.1.
//   npx tsx bench/wordpress.ts [--seconds=5] [--warmup=20]
// Skips (exit 0, with what is missing) when WordPress, php-fpm, php, nginx, wrk or the MariaDB
// client is not installed, or when MariaDB does not answer. Not part of `npm test` or `npm run bench`.
// It writes /etc/wordpress/config-wartabench.php (Debian's WordPress reads its configuration only
// from /etc/wordpress) and the database `warta_bench_wp`, and removes both at the end.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { treeCpuMs } from './cpu.ts';
import { loadAverage } from './machine.ts';
import { writeResults } from './readme.ts';
import type { Server } from './server.ts';
import { writeWordPressReadme } from './wordpress-readme.ts';
import { missing, removeWordPress, startWordPress, wordpressVersion } from './wordpress-site.ts';
import { startWartaWithImport } from './wordpress-warta.ts';
import { wrk } from './wrk.ts';

const run = promisify(execFile);
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SECONDS = Number(args.get('seconds') ?? 5);
const WARMUP_SECONDS = Number(args.get('warmup') ?? 20);
const CONNECTIONS = 20;
/** The post whose page both sites serve: it has the fixture's one photo, a caption and a category. */
const POST_SLUG = 'rapat-koordinasi-informasi-publik-tahun-2024-nomor-100';

type Load = {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  loadAverage: number;
  /** CPU of every process serving the site (web server, PHP or Node, database) per answered request. */
  cpuMsPerRequest: number;
};

/** One page under wrk, as bench/public-pages.ts loads Warta's pages; CPU of every process under `roots`. */
async function load(url: string, roots: readonly number[]): Promise<Load> {
  const cpuBefore = treeCpuMs(roots);
  // A 10 s timeout (wrk's default is 2 s): WordPress's slow answers are counted, not dropped.
  const report = await wrk(url, { connections: CONNECTIONS, seconds: SECONDS, requestTimeout: 10 });
  const cpu = treeCpuMs(roots) - cpuBefore;
  return {
    cpuMsPerRequest: report.answered > 0 ? Math.round((cpu / report.answered) * 100) / 100 : Number.NaN,
    requestsPerSec: Math.round(report.requestsPerSec * 10) / 10,
    p50Ms: report.p50Ms,
    p99Ms: report.p99Ms,
    non2xx: report.non2xx,
    errors: report.errors,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** The page as a browser gets it (status, compressed bytes on the wire), then its load. */
async function measure(site: string, page: string, url: string, roots: readonly number[]) {
  const { stdout } = await run('curl', [
    '-s',
    '-o',
    '/dev/null',
    '-H',
    'Accept-Encoding: br, gzip',
    '-w',
    '%{http_code} %{size_download} %header{content-encoding}',
    url,
  ]);
  const [status, bytes, encoding] = stdout.trim().split(' ');
  if (status !== '200') throw new Error(`${url} answered ${status}`);
  if (Number(bytes) < 500) throw new Error(`${url} answered a ${bytes}-byte body: not the page a visitor sees`);
  const result = { site, page, url, wireBytes: Number(bytes), encoding: encoding || null, ...(await load(url, roots)) };
  process.stderr.write(`${JSON.stringify(result)}\n`);
  return result;
}

export async function benchWordPress() {
  const lacking = await missing();
  if (lacking.length > 0) {
    process.stdout.write(`bench/wordpress.ts skipped: missing ${lacking.join('; ')}.\n`);
    return null;
  }
  const loadAtStart = loadAverage();
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-wp-'));
  // php-fpm's workers (www-data) and nginx's (nobody) pass through it.
  chmodSync(dir, 0o755);
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-wp-warta-'));
  const results: Array<Awaited<ReturnType<typeof measure>>> = [];
  let wp: Awaited<ReturnType<typeof startWordPress>> | null = null;
  let warta: Server | null = null;
  let importSeconds = Number.NaN;
  try {
    wp = await startWordPress(dir);
    ({ server: warta, importSeconds } = await startWartaWithImport(dataDir));
    // The item's new address, from its old one (the import's redirect).
    const moved = await fetch(`${warta.baseUrl}/${POST_SLUG}/`, { redirect: 'manual' });
    const itemPath = moved.headers.get('location');
    if (moved.status !== 301 || !itemPath) throw new Error(`Warta did not redirect /${POST_SLUG}/ (${moved.status})`);
    const listPath = itemPath.split('/').slice(0, 3).join('/');
    // A fresh server does start-up work (job queue maintenance, the shipped calendar) for a while,
    // which its CPU per request would include; then one request fills each cache.
    await new Promise((r) => setTimeout(r, WARMUP_SECONDS * 1000));
    const pairs = [
      { page: 'news item', wordpress: `/${POST_SLUG}/`, warta: itemPath },
      { page: 'listing', wordpress: '/', warta: listPath },
    ];
    for (const p of pairs) {
      for (const [site, base, path, roots] of [
        ['wordpress', wp.baseUrl, p.wordpress, wp.pids()],
        ['warta', warta.baseUrl, p.warta, [warta.child.pid!]],
      ] as const) {
        await fetch(base + path);
        results.push(await measure(site, p.page, base + path, roots));
      }
    }
  } finally {
    await warta?.stop();
    await wp?.stop();
    await removeWordPress();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  const out = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      loadAtStart,
      loadAtEnd: loadAverage(),
    },
    setup: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      acceptEncoding: 'br, gzip',
      wordpress: wordpressVersion(),
      loading: { seconds: importSeconds, wordpressSeconds: wp?.loadSeconds ?? Number.NaN },
    },
    results,
    ratios: ['news item', 'listing'].map((page) => {
      const of = (site: string) => results.find((r) => r.page === page && r.site === site)!.requestsPerSec;
      const cpu = (site: string) => results.find((r) => r.page === page && r.site === site)!.cpuMsPerRequest;
      return {
        page,
        wartaOverWordPress: Math.round((of('warta') / of('wordpress')) * 10) / 10,
        cpuRatio: Math.round((cpu('wordpress') / cpu('warta')) * 10) / 10,
      };
    }),
  };
  const stamp = out.date.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  writeResults(`wordpress-${stamp}.json`, out);
  writeWordPressReadme(out);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchWordPress();
  if (results) process.stdout.write(`${JSON.stringify(results.ratios)}\n`);
}
