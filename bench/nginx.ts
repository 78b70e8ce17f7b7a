// nginx serving one page's exact bytes from files, as the yardstick for Warta's page cache: the
// same compressed bodies, chosen per request the same way, with the same type, Content-Encoding,
// ETag, Vary and other headers on the wire, on a spare port of 127.0.0.1, from a temporary
// configuration (`apt-get install -y nginx-light`).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server.ts';

export type NginxServing = { child: ChildProcess; baseUrl: string; path: string; workers: number; stop(): Promise<void> };

/** The nginx binary, or null when it is not installed. */
export function nginxBinary(): string | null {
  for (const bin of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(bin)) return bin;
  return null;
}

/** One stored encoding of the page: its bytes, its Content-Encoding (null: identity) and the ETag Warta gave it. */
export type Variant = { bytes: Buffer; encoding: 'br' | 'gzip' | null; etag?: string };

const suffixOf = (encoding: Variant['encoding']) => (encoding === 'br' ? '.br' : encoding === 'gzip' ? '.gz' : '');

/**
 * Starts nginx serving one page at `/page` from files, one per stored encoding, chosen per request
 * from Accept-Encoding as Warta chooses (brotli before gzip, else identity) with that variant's
 * Content-Encoding and ETag; `workers` processes. `headers` are sent as well (Warta's
 * Cache-Control and security headers, so the header block on the wire is about the same size;
 * nginx's own ETag is then off, and so are byte ranges, whose Accept-Ranges line Warta does not send).
 */
export async function nginxServing(variants: Variant[], type: string, workers = 1, headers: Array<[string, string]> = []): Promise<NginxServing> {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-nginx-'));
  // The workers run as `nobody`: they must pass the folder and read the files.
  chmodSync(dir, 0o755);
  for (const v of variants) writeFileSync(join(dir, `page.body${suffixOf(v.encoding)}`), v.bytes);
  const offered = (encoding: Variant['encoding']) => variants.find((v) => v.encoding === encoding);
  const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const etag = (encoding: Variant['encoding']) => quoted(offered(encoding)?.etag ?? '');
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  server_tokens off;
  etag off;
  max_ranges 0;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  map $http_accept_encoding $variant {
    default "";
${offered('br') ? '    "~*\\bbr\\b" ".br";\n' : ''}${offered('gzip') ? '    "~*\\bgzip\\b" ".gz";\n' : ''}  }
  map $variant $variant_encoding { default ""; ".br" "br"; ".gz" "gzip"; }
  map $variant $variant_etag { default ${etag(null)}; ".br" ${etag('br')}; ".gz" ${etag('gzip')}; }
  server {
    listen 127.0.0.1:${port};
    location = /page {
      alias ${dir}/page.body$variant;
      default_type "${type}";
      add_header Content-Encoding $variant_encoding;
      add_header ETag $variant_etag;
      add_header Vary Accept-Encoding;
${headers.map(([name, value]) => `      add_header ${name} ${quoted(value)};`).join('\n')}
    }
  }
}
`,
  );
  execFileSync(bin, ['-t', '-q', '-c', conf, '-p', dir]);
  const child = spawn(bin, ['-c', conf, '-p', dir], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${baseUrl}/page`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    baseUrl,
    path: '/page',
    workers,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
