import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/open.ts';
import { restoreBackup } from './restore-backup.ts';
import { freshPglite, freshPostgres, testAuditKey } from './test-databases.ts';
import { writeBackup } from './write-backup.ts';

// Table shapes later modules may bring: a tree that links to itself (here even in a cycle), a
// generated search column, an identity column, bytea, arrays and a bigint beyond 2^53.
const shape = `
  create table uji_pohon (
    id uuid primary key,
    induk_id uuid references uji_pohon(id),
    judul text not null,
    cari tsvector generated always as (to_tsvector('simple', judul)) stored,
    nomor bigint generated always as identity,
    berkas bytea,
    label text[],
    besar bigint
  )`;

const onPostgres = process.env.WARTA_TEST_DRIVER === 'postgres';
const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
let dir: string;
const cleanups: Array<() => Promise<void>> = [];

async function fresh(): Promise<Database> {
  if (onPostgres) {
    const pgDb = await freshPostgres(process.env.TEST_DATABASE_URL as string);
    cleanups.push(pgDb.drop);
    return pgDb.database;
  }
  const database = await freshPglite();
  cleanups.push(() => database.close());
  return database;
}

const read = async (database: Database) =>
  (
    await database.executeSql(
      `select id, induk_id, judul, cari::text, nomor::text, encode(berkas, 'hex') as berkas, label, besar::text from uji_pohon order by id`,
    )
  ).rows;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-shapes-'));
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('restore of other table shapes', () => {
  it('keeps trees (even cyclic links), identity values and exact bigints; recomputes generated columns', async () => {
    const source = await fresh();
    await source.executeSql(shape);
    await source.executeSql(
      `insert into uji_pohon (id, induk_id, judul, berkas, label, besar) values
        ('${ids[0]}', null, 'Berita Utama Daerah', '\\x00ff10', '{berita,daerah}', 9007199254740993),
        ('${ids[1]}', '${ids[0]}', 'Anak Pertama', null, '{}', -1),
        ('${ids[2]}', '${ids[1]}', 'Cucu', null, null, null);
       update uji_pohon set induk_id = '${ids[2]}' where id = '${ids[0]}';`,
    );
    const file = join(dir, `pohon-${process.env.WARTA_TEST_DRIVER}.jsonl.gz`);
    await writeBackup(source, file);

    const target = await fresh();
    await target.executeSql(shape);
    const result = await restoreBackup(target, file, testAuditKey());
    expect(result.audit.ok).toBe(true);
    const restored = await read(target);
    expect(restored).toEqual(await read(source));
    expect(restored[0]).toMatchObject({ besar: '9007199254740993', berkas: '00ff10', induk_id: ids[2] });
    // The identity sequence continues after the restored values.
    await target.executeSql(`insert into uji_pohon (id, judul) values ('00000000-0000-4000-8000-000000000004', 'Baru')`);
    const [added] = (await target.executeSql(`select nomor::int as nomor from uji_pohon where judul = 'Baru'`)).rows;
    expect(added?.nomor).toBe(4);
  });
});
