import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteFolder } from './open-pglite.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'warta-pglite-settings-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const show = async (db: Awaited<ReturnType<typeof openPgliteFolder>>, name: string) =>
  (await db.executeSql('select current_setting($1) as value', [name])).rows[0]?.value;

describe('the embedded database’s settings', () => {
  it('runs with a small buffer pool and keeps what initdb set, start after start', async () => {
    for (let start = 0; start < 2; start++) {
      const db = await openPgliteFolder(dataDir);
      try {
        expect(await show(db, 'shared_buffers')).toBe('16MB');
        // initdb's own lines stay: the zone and the date style every date in Warta relies on.
        expect(await show(db, 'timezone')).toBe('UTC');
        expect(await show(db, 'datestyle')).toBe('ISO, MDY');
      } finally {
        await db.close();
      }
    }
    const conf = readFileSync(join(dataDir, 'pg', 'postgresql.conf'), 'utf8');
    expect(conf.match(/^shared_buffers = 16MB$/gm)).toHaveLength(1);
    expect(conf.match(/Warta: the embedded database/g)).toHaveLength(1);
  }, 60_000);
});
