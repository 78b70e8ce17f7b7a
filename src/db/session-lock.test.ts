import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../lib/log.ts';
import { holdSessionLock } from './session-lock.ts';

// A session lock needs a server with sessions: PostgreSQL only (on PGlite there is one session).
const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.WARTA_TEST_DRIVER === 'postgres' && !!url;
const space = 0x7e57;

describe.skipIf(!onPostgres)('holdSessionLock', () => {
  let probe: pg.Client;
  beforeAll(async () => {
    probe = new pg.Client({ connectionString: url });
    await probe.connect();
  });
  afterAll(async () => {
    await probe?.end();
  });
  /** Whether another session could take the lock now (it gives it back at once). */
  const free = async (key: number) => (await probe.query('select pg_try_advisory_xact_lock($1::int, $2::int) as free', [space, key])).rows[0].free as boolean;
  const until = async (ok: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 100));
    return ok();
  };

  it('holds the lock until released; a killed connection frees it, and the holder takes it again', async () => {
    const key = Math.floor(Math.random() * 2 ** 30);
    const lock = await holdSessionLock(url!, space, key, createLogger('silent'));
    try {
      expect(lock.held()).toBe(true);
      expect(await free(key)).toBe(false);
      // As the server sees a process killed with kill -9: its connection ends.
      const { rows } = await probe.query(`select pid from pg_locks where locktype = 'advisory' and classid = $1 and objid = $2 and granted`, [space, key]);
      expect(rows).toHaveLength(1);
      await probe.query('select pg_terminate_backend($1)', [rows[0].pid]);
      expect(await until(async () => !lock.held())).toBe(true);
      // The process lives on, so it proves itself alive again.
      expect(await until(async () => lock.held())).toBe(true);
      expect(await free(key)).toBe(false);
    } finally {
      await lock.release();
    }
    expect(lock.held()).toBe(false);
    expect(await until(() => free(key))).toBe(true);
  });
});
