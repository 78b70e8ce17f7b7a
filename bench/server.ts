import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export type Server = { child: ChildProcess; baseUrl: string; startMs: number; stdout(): string; stop(): Promise<number | null> };

/** A free TCP port on 127.0.0.1, so the server's address is known before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const root = new URL('..', import.meta.url).pathname;

/**
 * Starts the built server (`node dist/main.js`, what `npm start` runs; `npm run build` first)
 * directly, so the pid is the server's, on the embedded engine asked for (default: the folder
 * decides), and measures the time until /healthz answers 200.
 */
export async function startServer(dataDir: string, demo: boolean, engine?: 'postgres' | 'pglite'): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _embedded, ...env } = process.env;
  const began = performance.now();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: {
      ...env,
      ...(engine ? { WARTA_DB: engine } : {}),
      WARTA_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      WARTA_DEMO: demo ? '1' : '0',
      WARTA_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode})`);
    if (Date.now() > deadline) throw new Error('server did not answer /healthz within 180 s');
    const ok = await fetch(`${baseUrl}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = performance.now() - began;
  return {
    child,
    baseUrl,
    startMs,
    stdout: () => out,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)?.[1] ?? Number.NaN);
  return Math.round(kb / 102.4) / 10;
}

/** Signs in as the first demo login the server printed at its first start; its session cookie and CSRF token. */
export async function signInDemo(baseUrl: string, stdout: string): Promise<{ cookie: string; csrfToken: string }> {
  const password = stdout.match(/password: ([^)\s]+)\)/)?.[1];
  const email = stdout.match(/^\s{4}(\S+@\S+)\s/m)?.[1];
  if (!password || !email) throw new Error('demo logins not found in the server output');
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = res.headers.get('set-cookie')?.match(/warta_session=[^;]+/)?.[0];
  if (res.status !== 200 || !cookie) throw new Error(`demo sign-in answered ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** Fields of /proc/<pid>/stat after the command name (state is [0], ppid [1], utime [11], stime [12]); null once the process is gone. */
export function statOf(pid: number | string): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}
