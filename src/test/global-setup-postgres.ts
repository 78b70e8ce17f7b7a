import pg from 'pg';
import { runMigrations } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { templateDatabaseName, withDatabase } from './template.ts';

/**
 * Migrates one template database per run; each test file gets `CREATE DATABASE … TEMPLATE` of it.
 * Both PostgreSQL projects name this set-up (see vitest.config.ts) and run it in the one main
 * process: the first makes the template and drops it at the end, the second waits for it.
 */
export default async function setup() {
  const run = globalThis as { wartaPostgresTemplate?: Promise<void> };
  if (run.wartaPostgresTemplate) return run.wartaPostgresTemplate;
  const url = process.env.TEST_DATABASE_URL as string;
  const name = templateDatabaseName();
  const query = async (sql: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(sql);
    await admin.end();
  };
  run.wartaPostgresTemplate = (async () => {
    await query(`drop database if exists ${name}`);
    await query(`create database ${name}`);
    const templateUrl = withDatabase(url, name);
    const database = await openDatabase({ databaseUrl: templateUrl });
    await runMigrations(database, templateUrl);
    await database.close();
  })();
  await run.wartaPostgresTemplate;
  return () => query(`drop database if exists ${name}`);
}
