import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, wrapPglite } from '../db/open.ts';
import { runMigrations } from '../db/migrate.ts';
import { templateDatabaseName, templateFile, templateDir } from './template.ts';

/**
 * Migrates one template database per run; every test file then starts from a copy of it, which
 * is far faster than migrating again (PGlite: load a dumped folder; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup() {
  if (process.env.WARTA_TEST_DRIVER === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = templateDatabaseName();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const templateUrl = withDatabase(url, name);
    const database = await openDatabase({ databaseUrl: templateUrl });
    await runMigrations(database, templateUrl);
    await database.close();
    return;
  }
  const pglite = await PGlite.create('memory://');
  await runMigrations(wrapPglite(pglite));
  const dump = await pglite.dumpDataDir('gzip');
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
