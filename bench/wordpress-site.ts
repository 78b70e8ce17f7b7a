// The WordPress side of bench/wordpress.ts: Debian's stock WordPress with the export's posts,
// behind nginx and php-fpm, its database in MariaDB (see that file for what is installed how).
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readWxr } from '../src/modules/impor-wp/read-wxr.ts';
import { nginxBinary } from './nginx.ts';
import { freePort } from './server.ts';

const run = promisify(execFile);
const benchDir = new URL('.', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;
export const EXPORT = process.env.BENCH_WXR ?? '/work/shared/fixtures/wordpress-export.xml';
export const UPLOADS = EXPORT.replace(/wordpress-export\.xml$/, 'wordpress-uploads.zip');
const [MYSQL_HOST, MYSQL_PORT] = (process.env.BENCH_MYSQL_HOST ?? '127.0.0.1:3306').split(':') as [string, string];
const DB = 'warta_bench_wp';
const CONFIG_NAME = 'wartabench';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;

const which = (bin: string) => process.env.PATH?.split(':').some((dir) => existsSync(join(dir, bin))) ?? false;
const phpFpm = () => readdirSync('/usr/sbin').find((f) => /^php-fpm\d/.test(f));
const mysql = (sql: string) => run('mysql', ['-h', MYSQL_HOST, '-P', MYSQL_PORT, '-u', 'root', '-e', sql]);

/** What is missing for the WordPress side, in words; empty when everything is there. */
export async function missing(): Promise<string[]> {
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

/**
 * Stock WordPress with the export's posts, behind nginx and php-fpm on a free port of 127.0.0.1;
 * `loadSeconds`: how long its install and `wp_insert_post` of the export took.
 */
export async function startWordPress(dir: string): Promise<{ baseUrl: string; loadSeconds: number; pids(): number[]; stop(): Promise<void> }> {
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
  const loadSeconds = Math.round((performance.now() - began) / 100) / 10;
  process.stderr.write(`wordpress: loaded ${loaded.stdout.trim().split('\n').at(-1)} in ${loadSeconds} s\n`);
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
    loadSeconds,
    // nginx and its workers, php-fpm and its children, and the database server.
    pids: () => [nginx.child.pid!, fpm.child.pid!, ...mariadbPids()],
    async stop() {
      await nginx.stop();
      await fpm.stop();
    },
  };
}

/** Removes what startWordPress left outside its folder: its configuration in /etc/wordpress and its database. */
export async function removeWordPress(): Promise<void> {
  rmSync(CONFIG_FILE, { force: true });
  await mysql(`drop database if exists ${DB}`).catch(() => undefined);
}

export function wordpressVersion(): string {
  return readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8').match(/\$wp_version = '([^']+)'/)?.[1] ?? 'unknown';
}
