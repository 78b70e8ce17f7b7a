import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { lockDataDir } from '../db/lock.ts';
import { runMigrations } from '../db/migrate.ts';
import { type Database, openDatabase } from '../db/open.ts';

export type OpsDatabase = { database: Database; close(): Promise<void> };

/** The embedded data folder does not exist, so there is nothing to read. */
export class NoDataDirError extends Error {}

/**
 * Opens the configured database for an operator command. On PGlite it first takes the data-folder
 * lock, so it refuses (DataDirLockedError) while the server runs; PostgreSQL needs no lock.
 */
export async function openForOps(config: Config, opts: { migrate: boolean; mustExist: boolean }): Promise<OpsDatabase> {
  if (!config.databaseUrl && opts.mustExist && !existsSync(join(config.dataDir, 'pg', 'PG_VERSION'))) {
    throw new NoDataDirError(`Tidak ada basis data di / no database in ${join(config.dataDir, 'pg')} (WARTA_DATA_DIR)`);
  }
  const lock = config.databaseUrl ? null : lockDataDir(config.dataDir);
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, engine: config.embeddedEngine });
    if (opts.migrate) await runMigrations(database);
  } catch (err) {
    await database?.close().catch(() => {});
    lock?.release();
    throw err;
  }
  const opened = database;
  return {
    database: opened,
    async close() {
      await opened.close();
      lock?.release();
    },
  };
}
