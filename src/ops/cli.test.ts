import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../db/lock.ts';
import { runMigrations } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { TEST_SECRET_KEY } from '../test/harness.ts';
import { withDatabase } from '../test/template.ts';
import { adminQuery, seedBackupData } from './test-databases.ts';

// The documented way to move an embedded installation: `warta backup` on the data folder (Warta's
// own PostgreSQL), then `warta restore` into the target (PostgreSQL in the postgres project, a new
// data folder otherwise).
const serverUrl = process.env.WARTA_TEST_DRIVER === 'postgres' ? (process.env.TEST_DATABASE_URL as string) : undefined;
const targetDb = `warta_cli_${process.pid}`;
let dir: string;
let sourceDir: string;
let targetEnv: Record<string, string>;

type Run = { code: number; stdout: string; stderr: string };
function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { env: { ...inherited, WARTA_SECRET_KEY: TEST_SECRET_KEY, ...env }, timeout: 170_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
  // Run as root, the embedded PostgreSQL runs as another account, which must pass through here.
  chmodSync(dir, 0o711);
  sourceDir = join(dir, 'sumber');
  const source = await openDatabase({ dataDir: sourceDir });
  await runMigrations(source);
  await seedBackupData(source);
  await source.close();
  if (serverUrl) {
    await adminQuery(serverUrl, `create database ${targetDb}`);
    targetEnv = { DATABASE_URL: withDatabase(serverUrl, targetDb), WARTA_DATA_DIR: join(dir, 'tujuan') };
  } else {
    targetEnv = { WARTA_DATA_DIR: join(dir, 'tujuan') };
  }
}, 180_000);
afterAll(async () => {
  if (serverUrl) await adminQuery(serverUrl, `drop database if exists ${targetDb} with (force)`);
  rmSync(dir, { recursive: true, force: true });
});

// Each command is a fresh Node process opening PGlite: seconds each, more on a busy machine.
describe('warta CLI', { timeout: 180_000 }, () => {
  it('refuses to back up a PGlite folder while a server holds it', async () => {
    const lock = lockDataDir(sourceDir);
    try {
      const run = await cli(['backup', join(dir, 'x.jsonl.gz')], { WARTA_DATA_DIR: sourceDir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Hentikan server Warta dulu.*Stop the Warta server first/s);
    } finally {
      lock.release();
    }
  });

  it('moves the data with backup then restore, and the restored audit chain verifies', async () => {
    const file = join(dir, 'cadangan.jsonl.gz');
    const backup = await cli(['backup', file], { WARTA_DATA_DIR: sourceDir });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/audit_log\s+5/);
    const restore = await cli(['restore', file], targetEnv);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/audit chain intact: 5 rows/);
    const again = await cli(['restore', file], targetEnv);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
    const verify = await cli(['audit-verify'], targetEnv);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/audit chain intact: 5 rows, 2 recorded heads/);
  });

  it('audit-verify exits 1 when the end of the log was cut off, even with the anchor table emptied too', async () => {
    const target = await openDatabase(serverUrl ? { databaseUrl: targetEnv.DATABASE_URL } : { dataDir: targetEnv.WARTA_DATA_DIR });
    try {
      // Someone with owner rights: triggers off, the last two rows and every recorded head in the table gone.
      await target.executeSql(
        `alter table audit_log disable trigger user; alter table audit_anchors disable trigger user;
         delete from audit_log where id > 3; delete from audit_anchors;
         alter table audit_log enable trigger user; alter table audit_anchors enable trigger user`,
      );
    } finally {
      await target.close();
    }
    // The head kept in the file beside the data still names row 5.
    const verify = await cli(['audit-verify'], targetEnv);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/AUDIT CHAIN BROKEN at row id 5 \(.*log truncated.*\), after 3 rows \(recorded head: 5 rows\)/);
  });

  it('audit-verify exits 1 naming the row when someone with owner rights edited the log', async () => {
    const target = await openDatabase(serverUrl ? { databaseUrl: targetEnv.DATABASE_URL } : { dataDir: targetEnv.WARTA_DATA_DIR });
    try {
      await target.executeSql(
        `alter table audit_log disable trigger user; update audit_log set actor_label = 'pemalsu' where id = 3; alter table audit_log enable trigger user`,
      );
    } finally {
      await target.close();
    }
    const verify = await cli(['audit-verify'], targetEnv);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/AUDIT CHAIN BROKEN at row id 3/);
  });

  it('says so when the data folder holds no database (exit 1), creating nothing', async () => {
    const empty = join(dir, 'kosong');
    const run = await cli(['audit-verify'], { WARTA_DATA_DIR: empty });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no database in/);
    expect(existsSync(empty)).toBe(false);
  });

  it('answers an unknown command with the bilingual usage and exit code 2', async () => {
    const run = await cli(['hapus-semua'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command.*Pemakaian \/ usage/s);
  });
});
