import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { boot } from '../boot.ts';
import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/open.ts';
import { wrapPglite } from '../db/open-pglite.ts';
import { createApp } from '../http/app.ts';
import { createLogger } from '../lib/log.ts';
import type { Services } from '../services.ts';
import { templateDatabaseName, templateFile, withDatabase } from './template.ts';

/** The installation key of every test back end (fictional). */
export const TEST_SECRET_KEY = 'test-secret-key-test-secret-key-0123456789';

export type TestWarta = {
  services: Services;
  app: ReturnType<typeof createApp>;
  config: Config;
  stop(): Promise<void>;
};

/**
 * A whole Warta back end on a private copy of the migrated template: PGlite by default,
 * PostgreSQL when the suite runs in its `postgres` project. Call `stop()` in afterAll.
 */
export async function startTestWarta(env: Record<string, string> = {}): Promise<TestWarta> {
  // A data folder of its own, so what the back end keeps there (the audit anchor file) is this instance's.
  const dataDir = mkdtempSync(join(tmpdir(), 'warta-test-'));
  // The page cache is off unless a test asks for it: many tests change rows directly (not through
  // an operation that calls markSiteChanged) and then read the page again.
  const config = loadConfig({
    WARTA_DEMO: '0',
    PUBLIC_URL: 'http://warta.test',
    WARTA_LOG_LEVEL: 'silent',
    WARTA_DATA_DIR: dataDir,
    WARTA_PAGE_CACHE_MB: '0',
    ...env,
  });
  let dropDatabase = async () => {};
  let database: Database;
  if (process.env.WARTA_TEST_DRIVER === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = `warta_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${templateDatabaseName()}`);
    await admin.end();
    config.databaseUrl = withDatabase(url, name);
    database = await openDatabase({ databaseUrl: config.databaseUrl });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // pg's pool.end() resolves while its clients' sockets are still closing; a forced drop in
      // that moment kills them mid-goodbye and the FATAL surfaces as an uncaught error. Wait
      // (briefly) until the server has seen them go.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(templateFile)]) });
    database = wrapPglite(pglite);
  }
  const running = await boot(config, { database, secretKey: TEST_SECRET_KEY, log: createLogger('silent') });
  const app = createApp(running.services);
  return {
    services: running.services,
    app,
    config,
    async stop() {
      await running.stop();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
