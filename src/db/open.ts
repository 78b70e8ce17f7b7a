import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { createPgliteFolder } from './create-pglite-folder.ts';
import * as schema from './schema.ts';
import type { Db } from './types.ts';

export type RawResult = { rows: Record<string, unknown>[] };

/** An open database: the typed handle, plain SQL for pg-boss and backups, and a way to close it. */
export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Plain SQL; without values several statements may be sent at once (pg-boss needs both). */
  executeSql(text: string, values?: unknown[]): Promise<RawResult>;
  close(): Promise<void>;
  pglite?: PGlite;
};

const drizzleOptions = { schema, casing: 'snake_case' } as const;

/** Opens PGlite in `<dataDir>/pg`, or PostgreSQL when a URL is given. Lock the folder first. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; pglite?: PGlite }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  let client = opts.pglite;
  if (!client) {
    if (!opts.dataDir) throw new Error('openDatabase needs a data folder or a DATABASE_URL');
    const folder = join(opts.dataDir, 'pg');
    mkdirSync(folder, { recursive: true });
    await createPgliteFolder(folder);
    client = await PGlite.create(folder);
  }
  return wrapPglite(client);
}

export function wrapPglite(client: PGlite): Database {
  return {
    kind: 'pglite',
    db: drizzlePglite(client, drizzleOptions) as unknown as Db,
    pglite: client,
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await client.query(text, values as unknown[]);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query('select 1');
  return {
    kind: 'postgres',
    db: drizzlePg(pool, drizzleOptions) as unknown as Db,
    async executeSql(text, values) {
      const result = await pool.query(text, values as unknown[] | undefined);
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => pool.end(),
  };
}
