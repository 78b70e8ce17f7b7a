import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function writeLock(dir: string, holder: { pid: number; started: string | null }) {
  writeFileSync(join(dir, 'warta.lock'), JSON.stringify({ ...holder, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
}

// The lock guards the embedded database only; the postgres project has nothing more to check here.
const embedded = process.env.WARTA_TEST_DRIVER !== 'postgres';

describe.runIf(embedded)('data-folder lock', () => {
  it('refuses a second lock on the same folder at once, and release frees it', () => {
    const dir = tempDir();
    const first = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/pid \d+ .*Stop it first/s);
    first.release();
    expect(existsSync(join(dir, 'warta.lock'))).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = tempDir();
    writeLock(dir, { pid: 2_147_483_000, started: '123' });
    const lock = lockDataDir(dir);
    expect(JSON.parse(readLock(dir)).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid was recycled by another process (start time differs)', () => {
    const dir = tempDir();
    writeLock(dir, { pid: process.pid, started: '1' });
    const lock = lockDataDir(dir);
    expect(JSON.parse(readLock(dir)).started).not.toBe('1');
    lock.release();
  });

  it('keeps a lock whose holder is alive with the recorded start time', () => {
    const dir = tempDir();
    writeLock(dir, { pid: 1, started: null });
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
  });

  it('lets exactly one of several processes take over the same stale lock', async () => {
    const dir = tempDir();
    writeLock(dir, { pid: 2_147_483_000, started: '123' });
    const startAt = Date.now() + 4_000;
    // Each child waits for the same moment, tries once, and holds what it got for a while.
    const script = `import { lockDataDir } from './src/db/lock.ts';
      while (Date.now() < ${startAt}) {}
      try { lockDataDir(${JSON.stringify(dir)}); console.log('won'); } catch (e) { console.log(e.constructor.name); }
      setTimeout(() => {}, 1500);`;
    const outputs = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<string>((resolve) => {
            const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            child.stdout.on('data', (d) => {
              out += d;
            });
            child.on('exit', () => resolve(out.trim()));
          }),
      ),
    );
    expect(outputs.sort()).toEqual(['DataDirLockedError', 'DataDirLockedError', 'won']);
  }, 60_000);
});

function readLock(dir: string): string {
  return readFileSync(join(dir, 'warta.lock'), 'utf8');
}

// The real thing: two servers on one folder, a crash, and a clean stop.
describe.runIf(embedded)('server processes on one data folder', { timeout: 240_000 }, () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  function startServer(dataDir: string) {
    const { DATABASE_URL: _embeddedOnly, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...inherited, WARTA_DATA_DIR: dataDir, PORT: '0', WARTA_DEMO: '0', WARTA_LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const port = new Promise<number>((resolve, reject) => {
      const check = setInterval(() => {
        const found = stdout.match(/"msg":"warta started".*?"port":(\d+)/);
        if (found) {
          clearInterval(check);
          resolve(Number(found[1]));
        }
      }, 100);
      exited.then((code) => {
        clearInterval(check);
        reject(new Error(`server exited with ${code}: ${stderr}`));
      });
    });
    port.catch(() => {});
    return { child, port, exited, output: () => ({ stdout, stderr }) };
  }

  const health = async (port: number) => (await fetch(`http://127.0.0.1:${port}/healthz`)).status;

  it('refuses a second server, recovers after kill -9, and frees the lock on SIGTERM', async () => {
    const dataDir = tempDir();
    const first = startServer(dataDir);
    const firstPort = await first.port;
    expect(await health(firstPort)).toBe(200);

    const second = startServer(dataDir);
    const began = Date.now();
    expect(await second.exited).not.toBe(0);
    expect(Date.now() - began).toBeLessThan(30_000);
    expect(second.output().stderr).toMatch(/in use by another Warta process \(pid \d+/);
    expect(await health(firstPort)).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, 'warta.lock'))).toBe(true);

    const third = startServer(dataDir);
    expect(await health(await third.port)).toBe(200);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(existsSync(join(dataDir, 'warta.lock'))).toBe(false);
  });
});
