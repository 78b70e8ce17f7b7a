import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Database } from './open.ts';

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Applies pending migrations. On PostgreSQL several processes may start together, so one
 * connection holds an advisory lock while it migrates and the others wait for it.
 */
export async function runMigrations(database: Database, databaseUrl = database.url): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('warta:migrate'))`);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query(`select pg_advisory_unlock(hashtext('warta:migrate'))`).catch(() => {});
    await client.end();
  }
}
