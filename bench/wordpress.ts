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
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/lib/log.ts';
import { previewImport } from '../src/modules/impor-wp/preview-import.ts';
import { readWxr } from '../src/modules/impor-wp/read-wxr.ts';
import { imporWp } from '../src/modules/impor-wp/schema.ts';
import { startImport } from '../src/modules/impor-wp/start-import.ts';
import { uploadImport } from '../src/modules/impor-wp/upload-import.ts';
import { loadActor } from '../src/modules/org/actor.ts';
import { seedFixture } from '../src/test/fixtures.ts';
import { nginxBinary } from './nginx.ts';
import { freePort, startServer } from './server.ts';

const run = promisify(execFile);
const benchDir = new URL('.', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SECONDS = Number(args.get('seconds') ?? 5);
const WARMUP_SECONDS = Number(args.get('warmup') ?? 20);
const CONNECTIONS = 20;
const EXPORT = process.env.BENCH_WXR ?? '/work/shared/fixtures/wordpress-export.xml';
const UPLOADS = EXPORT.replace(/wordpress-export\.xml$/, 'wordpress-uploads.zip');
const [MYSQL_HOST, MYSQL_PORT] = (process.env.BENCH_MYSQL_HOST ?? '127.0.0.1:3306').split(':') as [string, string];
const DB = 'warta_bench_wp';
const CONFIG_NAME = 'wartabench';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;
/** The post whose page both sites serve: it has the fixture's one photo, a caption and a category. */
const POST_SLUG = 'rapat-koordinasi-informasi-publik-tahun-2024-nomor-100';

const which = (bin: string) => process.env.PATH?.split(':').some((dir) => existsSync(join(dir, bin))) ?? false;
const phpFpm = () => readdirSync('/usr/sbin').find((f) => /^php-fpm\d/.test(f));
const mysql = (sql: string) => run('mysql', ['-h', MYSQL_HOST, '-P', MYSQL_PORT, '-u', 'root', '-e', sql]);

/** What is missing for the WordPress side, in words; empty when everything is there. */
async function missing(): Promise<string[]> {
  const out: string[] = [];
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) out.push('WordPress (apt-get install -y wordpress)');
  // Without its default theme WordPress answers every page with an empty body, which would flatter it.
  if (!existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree'))
    out.push('its default theme (apt-get install -y wordpress-theme-twentytwentythree)');
  if (!phpFpm()) out.push('php-fpm (apt-get install -y php-fpm)');
  if (!which('php')) out.push('php-cli');
  if (!nginxBinary()) out.push('nginx (apt-get install -y nginx-light)');
  if (!which('wrk')) out.push('wrk (apt-get install -y wrk)');
  if (!which('mysql')) out.push('the MariaDB client (apt-get install -y mariadb-client)');
  else if (
    !(await mysql('select 1').then(
      () => true,
      () => false,
    ))
  )
    out.push(`a MariaDB server answering at ${MYSQL_HOST}:${MYSQL_PORT} as root without a password`);
  if (!existsSync(EXPORT)) out.push(`the export ${EXPORT}`);
  try {
    writeFileSync(`${CONFIG_FILE}.probe`, '');
    rmSync(`${CONFIG_FILE}.probe`);
  } catch {
    out.push('write access to /etc/wordpress (run as root)');
  }
  if (!existsSync(join(root, 'dist', 'main.js'))) out.push('dist/main.js (npm run build)');
  return out;
}

type Spawned = { child: ChildProcess; stop(): Promise<void> };

function spawnUntilExit(bin: string, argv: string[]): Spawned {
  const child = spawn(bin, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(url, { redirect: 'manual' }).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer`);
}

/** The MariaDB server's process (it may serve others too; it idles otherwise on this machine). */
function mariadbPids(): number[] {
  try {
    return execFileSync('pidof', ['mariadbd', 'mysqld'], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Stock WordPress with the export's posts, behind nginx and php-fpm on a free port of 127.0.0.1. */
async function startWordPress(dir: string): Promise<{ baseUrl: string; pids(): number[]; stop(): Promise<void> }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  await mysql(`drop database if exists ${DB}; create database ${DB} character set utf8mb4 collate utf8mb4_unicode_ci`);
  writeFileSync(
    CONFIG_FILE,
    `<?php
// Written by Warta's bench/wordpress.ts; removed when it ends.
define('DB_NAME', '${DB}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '${MYSQL_HOST}:${MYSQL_PORT}');
// The package's themes live here (/var/lib/wordpress/wp-content starts empty).
define('WP_CONTENT_DIR', '/usr/share/wordpress/wp-content');
`,
  );
  const wxr = readWxr(readFileSync(EXPORT, 'utf8'));
  const posts = join(dir, 'posts.json');
  writeFileSync(posts, JSON.stringify({ categories: wxr.categories, items: wxr.items.filter((i) => i.postType === 'post' || i.postType === 'page') }));
  const began = performance.now();
  const loaded = await run('php', [join(benchDir, 'wordpress-load.php'), CONFIG_NAME, baseUrl, posts], { maxBuffer: 1 << 24 });
  imported.wordpressSeconds = Math.round((performance.now() - began) / 100) / 10;
  process.stderr.write(`wordpress: loaded ${loaded.stdout.trim().split('\n').at(-1)} in ${imported.wordpressSeconds} s\n`);
  const asRoot = process.getuid?.() === 0;
  const socket = join(dir, 'php-fpm.sock');
  writeFileSync(
    join(dir, 'php-fpm.conf'),
    `[global]
pid = ${dir}/php-fpm.pid
error_log = ${dir}/php-fpm.log
daemonize = no
[www]
${asRoot ? 'user = www-data\ngroup = www-data' : ''}
listen = ${socket}
listen.mode = 0666
; Debian's stock pool (/etc/php/*/fpm/pool.d/www.conf).
pm = dynamic
pm.max_children = 5
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3
`,
  );
  const fpm = spawnUntilExit(`/usr/sbin/${phpFpm()}`, ['-y', join(dir, 'php-fpm.conf'), '-F']);
  const nginxConf = join(dir, 'nginx.conf');
  writeFileSync(
    nginxConf,
    `worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  keepalive_requests 1000000;
  gzip on;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root /usr/share/wordpress;
    index index.php;
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      include /etc/nginx/fastcgi.conf;
      fastcgi_param WORDPRESS_CONFIG ${CONFIG_NAME};
      fastcgi_pass unix:${socket};
    }
  }
}
`,
  );
  execFileSync(nginxBinary()!, ['-t', '-q', '-c', nginxConf, '-p', dir]);
  for (let i = 0; i < 100 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 50));
  const nginx = spawnUntilExit(nginxBinary()!, ['-c', nginxConf, '-p', dir]);
  await waitFor(`${baseUrl}/`);
  return {
    baseUrl,
    // nginx and its workers, php-fpm and its children, and the database server.
    pids: () => [nginx.child.pid!, fpm.child.pid!, ...mariadbPids()],
    async stop() {
      await nginx.stop();
      await fpm.stop();
    },
  };
}

/** How long Warta's import of the export took (queued → done, the job polling every second). */
const imported = { seconds: Number.NaN, wordpressSeconds: Number.NaN };

/** Warta in a fresh folder with the same export imported by its own importer; the built server on it. */
async function startWarta(dataDir: string) {
  const config = loadConfig({ WARTA_DATA_DIR: dataDir, WARTA_DB: 'postgres', WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'silent' });
  const running = await boot(config, { log: createLogger('silent') });
  try {
    const { services } = running;
    const f = await seedFixture(services);
    const user = { ...f.admin, tenantId: f.tenant.id, displayName: 'Admin', isAdmin: true, totpEnabled: false, mustEnable2fa: false };
    const actor = await loadActor(services.db, user);
    const zip = existsSync(UPLOADS) ? readFileSync(UPLOADS) : null;
    const id = await uploadImport(services, user, actor, { unitId: f.unitA.id, wxr: readFileSync(EXPORT), zip });
    const preview = await previewImport(services, user, actor, id);
    // Categories with no bidang of their own go to the first one, as an admin would choose.
    const first = preview.pilihan.bidang[0]!.id;
    const fill = (t: { jenis: string; bidangId?: string | null }) => (t.jenis === 'berita' && !t.bidangId ? { ...t, bidangId: first } : t);
    const mapping = {
      ...preview.mapping,
      kategori: Object.fromEntries(Object.entries(preview.mapping.kategori).map(([k, t]) => [k, fill(t)])),
      tanpaKategori: fill(preview.mapping.tanpaKategori),
      halaman: fill(preview.mapping.halaman),
    } as typeof preview.mapping;
    const began = performance.now();
    await startImport(services, user, actor, { id, mapping, dryRun: false, lang: 'id' });
    for (let i = 0; ; i++) {
      const [row] = await services.db.select().from(imporWp).where(eq(imporWp.id, id));
      if (row!.status === 'selesai') {
        imported.seconds = Math.round((performance.now() - began) / 100) / 10;
        break;
      }
      if (row!.status !== 'antre' && row!.status !== 'berjalan')
        throw new Error(`the import ended ${row!.status}: ${row!.galat ?? JSON.stringify(row!.report)}`);
      if (i > 1200) throw new Error('the import did not finish within 10 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await running.stop();
  }
  return startServer(dataDir, false, 'postgres');
}

/** Fields of /proc/<pid>/stat after the command name; null once the process is gone. */
function statOf(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) of the processes under `roots` and every process they started, those already
 * reaped included (their time moves to the parent's cutime/cstime): a count that does not depend
 * on how busy the rest of the machine is.
 */
function cpuMsOf(roots: readonly number[]): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) if (/^\d+$/.test(name)) parent.set(Number(name), Number(statOf(Number(name))?.[1] ?? 0));
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

const unitMs = (v: string, u: string) => Number(v) * ({ us: 0.001, ms: 1, s: 1000, m: 60000 }[u] ?? Number.NaN);

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

/** One page under wrk, as bench/public-pages.ts loads Warta's pages. */
async function load(url: string, roots: readonly number[]): Promise<Load> {
  const cpuBefore = cpuMsOf(roots);
  // A 10 s timeout (wrk's default is 2 s): WordPress's slow answers are counted, not dropped.
  const { stdout } = await run('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '10s', '--latency', '-H', 'Accept-Encoding: br, gzip', url], {
    timeout: (SECONDS + 60) * 1000,
  });
  const lat = (q: string) => {
    const m = stdout.match(new RegExp(`^\\s+${q}%\\s+([\\d.]+)(us|ms|s|m)`, 'm'));
    return m ? Math.round(unitMs(m[1]!, m[2]!) * 10) / 10 : Number.NaN;
  };
  const errors = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const answered = Number(stdout.match(/(\d+) requests in/)?.[1] ?? 0);
  const cpu = cpuMsOf(roots) - cpuBefore;
  return {
    cpuMsPerRequest: answered > 0 ? Math.round((cpu / answered) * 100) / 100 : Number.NaN,
    requestsPerSec: Math.round(Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? Number.NaN) * 10) / 10,
    p50Ms: lat('50'),
    p99Ms: lat('99'),
    non2xx: Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
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
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-wp-'));
  // php-fpm's workers (www-data) and nginx's (nobody) pass through it.
  chmodSync(dir, 0o755);
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-bench-wp-warta-'));
  const results: Array<Awaited<ReturnType<typeof measure>>> = [];
  let wp: Awaited<ReturnType<typeof startWordPress>> | null = null;
  let warta: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    wp = await startWordPress(dir);
    warta = await startWarta(dataDir);
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
    rmSync(CONFIG_FILE, { force: true });
    await mysql(`drop database if exists ${DB}`).catch(() => undefined);
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
      loadAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    setup: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      acceptEncoding: 'br, gzip',
      wordpress: wordpressVersion(),
      loading: { ...imported },
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
  writeFileSync(join(benchDir, 'results', `wordpress-${stamp}.json`), `${JSON.stringify(out, null, 2)}\n`);
  writeReadme(out);
  return out;
}

function wordpressVersion(): string {
  return readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '([^']+)'/)?.[1] ?? 'unknown';
}

function writeReadme(r: NonNullable<Awaited<ReturnType<typeof benchWordPress>>>) {
  const m = r.machine;
  const lines = [
    `Recorded ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores (${m.cpuModel ?? 'unknown CPU'}), Node ${m.node}; load average ${m.loadAtStart.join(' / ')} at start, ${m.loadAtEnd.join(' / ')} at the end (the machine was shared; wrk, nginx, php-fpm, MariaDB and Warta share the 2 cores). WordPress ${r.setup.wordpress}; wrk -t2 -c${r.setup.connections} -d${r.setup.seconds}s --timeout 10s, \`Accept-Encoding: ${r.setup.acceptEncoding}\`; Warta measured ${r.setup.warmupSeconds} s after it answered.`,
    '',
    '| page | site | address | req/s | p50 | p99 | errors | CPU per request (all its processes) | load average | body on the wire |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...r.results.map(
      (x) =>
        `| ${x.page} | ${x.site} | \`${x.url.replace(/^http:\/\/[^/]+/, '')}\` | ${x.requestsPerSec} | ${x.p50Ms} ms | ${x.p99Ms} ms | ${x.non2xx + x.errors} | ${x.cpuMsPerRequest} ms | ${x.loadAverage} | ${(x.wireBytes / 1024).toFixed(1)} KB ${x.encoding ?? 'uncompressed'} |`,
    ),
    '',
    ...r.ratios.map(
      (x) =>
        `- ${x.page}: Warta serves ${x.wartaOverWordPress}× the requests per second of WordPress (target ≥ 100×); WordPress spends ${x.cpuRatio}× Warta's CPU per request.`,
    ),
    `- Loading the export: WordPress's install and \`wp_insert_post\` of 205 entries ${r.setup.loading.wordpressSeconds} s; Warta's import job (205 entries and the photo, queued → done) ${r.setup.loading.seconds} s.`,
  ].join('\n');
  const readme = join(benchDir, 'README.md');
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(/<!-- wordpress:start -->[\s\S]*<!-- wordpress:end -->/, `<!-- wordpress:start -->\n${lines}\n<!-- wordpress:end -->`));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchWordPress();
  if (results) process.stdout.write(`${JSON.stringify(results.ratios)}\n`);
}
