import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { reachableBinaries } from './binaries.ts';
import { startPostmaster } from './postmaster.ts';
import { blockingFolder, ensureReachable, serverUser } from './server-user.ts';
import { clearStalePostmaster } from './stale-postmaster.ts';

const root = mkdtempSync(join(tmpdir(), 'warta-native-'));
chmodSync(root, 0o711);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const embedded = process.env.WARTA_TEST_DRIVER !== 'postgres';
const asRoot = process.getuid?.() === 0;

describe.runIf(asRoot)('the account PostgreSQL runs as under root', () => {
  it('prefers postgres, then nobody', () => {
    const passwd = join(root, 'passwd');
    writeFileSync(passwd, 'root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/:/usr/sbin/nologin\npostgres:x:101:104::/var/lib/postgresql:/bin/sh\n');
    expect(serverUser(passwd)).toEqual({ name: 'postgres', uid: 101, gid: 104 });
    writeFileSync(passwd, 'root:x:0:0::/root:/bin/sh\nnobody:x:65534:65534::/:/usr/sbin/nologin\n');
    expect(serverUser(passwd)).toEqual({ name: 'nobody', uid: 65534, gid: 65534 });
  });

  it('lets it pass into the data folder, and names a folder above it that it cannot pass', () => {
    const user = { name: 'nobody', uid: 65534, gid: 65534 };
    const closed = join(root, 'tertutup');
    mkdirSync(join(closed, 'data'), { recursive: true });
    chmodSync(join(closed, 'data'), 0o700);
    chmodSync(closed, 0o700);
    expect(() => ensureReachable(join(closed, 'data'), user)).toThrow(`cannot pass through ${closed}`);
    expect(statSync(join(closed, 'data')).mode & 0o001).toBe(0o001);
    chmodSync(closed, 0o711);
    expect(() => ensureReachable(join(closed, 'data'), user)).not.toThrow();
  });

  it('copies binaries it cannot reach (a checkout in a closed folder) where it can, once', () => {
    const user = { name: 'nobody', uid: 65534, gid: 65534 };
    const closed = join(root, 'checkout');
    mkdirSync(join(closed, 'native', 'bin'), { recursive: true });
    mkdirSync(join(closed, 'native', 'share'), { recursive: true });
    writeFileSync(join(closed, 'native', 'bin', 'postgres'), `#!/bin/sh\n# ${closed}\n`, { mode: 0o755 });
    writeFileSync(join(closed, 'native', 'bin', 'initdb'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(closed, 'native', 'share', 'postgres.bki'), 'uji');
    chmodSync(closed, 0o700);
    const bin = { postgres: join(closed, 'native', 'bin', 'postgres'), initdb: join(closed, 'native', 'bin', 'initdb') };
    expect(blockingFolder(bin.postgres, user)).toBe(closed);
    const copied = reachableBinaries(bin, user);
    expect(copied.postgres).not.toBe(bin.postgres);
    expect(blockingFolder(copied.postgres, user)).toBeNull();
    expect(readFileSync(copied.postgres, 'utf8')).toBe(readFileSync(bin.postgres, 'utf8'));
    expect(readFileSync(join(copied.postgres, '..', '..', 'share', 'postgres.bki'), 'utf8')).toBe('uji');
    expect(reachableBinaries(bin, user)).toEqual(copied);
    // Reachable binaries, or no account change, stay where npm put them.
    chmodSync(closed, 0o711);
    expect(reachableBinaries(bin, user)).toBe(bin);
    expect(reachableBinaries(bin, null)).toBe(bin);
    rmSync(join(copied.postgres, '..', '..'), { recursive: true, force: true });
  });
});

describe.runIf(embedded)('stale postmaster.pid', () => {
  it('leaves a pid file of a process that is gone to PostgreSQL, and removes one naming another program', async () => {
    const folder = join(root, 'pidfile');
    mkdirSync(folder);
    writeFileSync(join(folder, 'postmaster.pid'), '2147483000\n');
    expect(await clearStalePostmaster(folder, '/x/postgres')).toBe('none');
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(join(folder, 'postmaster.pid'), `${sleeper.pid}\n${folder}\n`);
      expect(await clearStalePostmaster(folder, '/x/postgres')).toBe('removed-pid-file');
      expect(() => readFileSync(join(folder, 'postmaster.pid'))).toThrow();
      expect(sleeper.exitCode).toBeNull();
    } finally {
      sleeper.kill();
    }
  });
});

describe.runIf(embedded)("Warta's own PostgreSQL server", { timeout: 120_000 }, () => {
  it('creates the cluster once, answers on loopback with a password only, and a second start stops the orphan the first left', async () => {
    const dataDir = join(root, 'data');
    const first = await startPostmaster(dataDir);
    const url = new URL(first.url);
    expect(url.hostname).toBe('127.0.0.1');
    const client = new pg.Client(first.url);
    await client.connect();
    const { rows } = await client.query(`select to_tsvector('indonesian', 'membacakan') as v, current_database() as db`);
    await client.end();
    expect(rows[0]).toEqual({ v: "'baca':1", db: 'warta' });
    const wrong = new pg.Client({ host: '127.0.0.1', port: Number(url.port), user: 'warta', password: 'salah', database: 'warta' });
    wrong.on('error', () => {});
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
    expect((statSync(join(dataDir, 'pg')).mode & 0o777).toString(8)).toBe('700');

    // As if Warta had been killed with -9: the postmaster is still running, nobody stopped it.
    const second = await startPostmaster(dataDir);
    try {
      expect(second.pid).not.toBe(first.pid);
      expect(() => process.kill(first.pid, 0)).toThrow();
      const again = new pg.Client(second.url);
      await again.connect();
      expect((await again.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      await again.end();
    } finally {
      await second.stop();
    }
    expect(() => process.kill(second.pid, 0)).toThrow();
  });
});
