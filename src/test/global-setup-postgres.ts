import pg from 'pg';
import { runMigrations } from '../db/migrate.ts';
import { openDatabase } from '../db/open.ts';
import { templateDatabaseName, withDatabase } from './template.ts';

/** Migrates one template database per run; each test file gets `CREATE DATABASE … TEMPLATE` of it. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL as string;
  const name = templateDatabaseName();
  const run = async (query: string) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(query);
    await admin.end();
  };
  await run(`drop database if exists ${name}`);
  await run(`create database ${name}`);
  const templateUrl = withDatabase(url, name);
  const database = await openDatabase({ databaseUrl: templateUrl });
  await runMigrations(database, templateUrl);
  await database.close();
  return () => run(`drop database if exists ${name}`);
}
