import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { type EmbeddedEngine, embeddedEngineFor } from './embedded-engine.ts';
import { startPostmaster } from './native/postmaster.ts';
import * as schema from './schema.ts';
import type { Db } from './types.ts';

export type RawResult = { rows: Record<string, unknown>[] };

/** An open database: the typed handle, plain SQL for pg-boss and backups, and a way to close it. */
export type Database = {
  kind: 'pglite' | 'postgres';
  /** Warta runs this database itself in its data folder (PGlite, or its own PostgreSQL server). */
  embedded: boolean;
  /** The connection URL on PostgreSQL (for migrations' own connection). */
  url?: string;
  /** Something the operator should read at start, e.g. how to move an older PGlite folder. */
  notice?: string;
  db: Db;
  /** Plain SQL; without values several statements may be sent at once (pg-boss needs both). */
  executeSql(text: string, values?: unknown[]): Promise<RawResult>;
  close(): Promise<void>;
  pglite?: PGlite;
};

export const drizzleOptions = { schema, casing: 'snake_case' } as const;

/**
 * Opens PostgreSQL when a URL is given; otherwise the embedded database in `<dataDir>/pg`:
 * Warta's own PostgreSQL server by default, PGlite with `engine: 'pglite'` or for a folder an
 * earlier Warta made with PGlite (see embeddedEngineFor). Lock the folder first.
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; engine?: EmbeddedEngine; pglite?: PGlite }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  // PGlite (WebAssembly) is loaded only when used: most starts never need it.
  if (opts.pglite) return (await import('./open-pglite.ts')).wrapPglite(opts.pglite);
  if (!opts.dataDir) throw new Error('openDatabase needs a data folder or a DATABASE_URL');
  const { engine, notice } = embeddedEngineFor(opts.dataDir, opts.engine);
  if (engine === 'postgres') {
    const server = await startPostmaster(opts.dataDir);
    try {
      const database = await openPostgres(server.url);
      return {
        ...database,
        embedded: true,
        async close() {
          await database.close();
          await server.stop();
        },
      };
    } catch (err) {
      await server.stop();
      throw err;
    }
  }
  return { ...(await (await import('./open-pglite.ts')).openPgliteFolder(opts.dataDir)), notice };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (a restart, or our own server's shutdown racing the
  // pool's goodbye) is dropped from the pool and replaced on next use; without a listener the
  // pool's 'error' event would end the process.
  pool.on('error', () => {});
  await pool.query('select 1');
  return {
    kind: 'postgres',
    embedded: false,
    url,
    db: drizzlePg(pool, drizzleOptions) as unknown as Db,
    async executeSql(text, values) {
      const result = await pool.query(text, values as unknown[] | undefined);
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
    close: () => pool.end(),
  };
}
