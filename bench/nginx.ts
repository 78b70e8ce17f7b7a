// nginx serving one page's exact bytes from a file, as the yardstick for Warta's page cache: the
// same compressed body, type, Content-Encoding and Vary on the wire, on a spare port of 127.0.0.1,
// from a temporary configuration (`apt-get install -y nginx-light`).
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

/**
 * Starts nginx on `bytes` (a body already compressed with `encoding`) at `/page`; `workers`
 * processes. `headers` are sent as well (Warta's ETag and security headers, so the header block on
 * the wire is the same size; nginx's own ETag is then off).
 */
export async function nginxServing(bytes: Buffer, encoding: string, type: string, workers = 1, headers: Array<[string, string]> = []): Promise<NginxServing> {
  const bin = nginxBinary();
  if (!bin) throw new Error('nginx is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-nginx-'));
  // The workers run as `nobody`: they must pass the folder and read the file.
  chmodSync(dir, 0o755);
  const file = join(dir, 'page.body');
  writeFileSync(file, bytes);
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
  ${headers.length > 0 ? 'etag off;' : ''}
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    location = /page {
      alias ${file};
      default_type "${type}";
      add_header Content-Encoding ${encoding};
      add_header Vary Accept-Encoding;
      add_header Cache-Control "public, max-age=60";
${headers.map(([name, value]) => `      add_header ${name} "${value.replace(/["\\]/g, '\\$&')}";`).join('\n')}
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
