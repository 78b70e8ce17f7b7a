// A database of a bench's own on the PostgreSQL server at BENCH_PG_URL (default the local server's
// `postgres` database as the superuser), created fresh and dropped afterwards.
import pg from 'pg';

export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type BenchDatabase = {
  /** The connection string of the bench's database. */
  url: string;
  /** Whether the database was there from an earlier run and kept (`reuse`). */
  reused: boolean;
  drop(): Promise<void>;
};

/** Runs `work` on a connection to the server's admin database; null when the server does not answer. */
async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<{ value: T } | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    return { value: await work(client) };
  } finally {
    await client.end();
  }
}

/**
 * Creates the database `name` afresh (an earlier one of that name dropped first), or with `reuse`
 * keeps one an earlier run left; null when no PostgreSQL server answers (the bench then skips it).
 */
export async function benchDatabase(name: string, options: { reuse?: boolean } = {}): Promise<BenchDatabase | null> {
  const made = await asAdmin(async (client) => {
    const exists = (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (options.reuse && exists) return true;
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    return false;
  });
  if (!made) return null;
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    reused: made.value,
    async drop() {
      await asAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
