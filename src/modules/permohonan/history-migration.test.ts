import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/migrate.ts';
import { type Database, openDatabase } from '../../db/open.ts';
import { wrapPglite } from '../../db/open-pglite.ts';
import { adminQuery } from '../../ops/test-databases.ts';
import type { Services } from '../../services.ts';
import { seedFixture } from '../../test/fixtures.ts';
import { withDatabase } from '../../test/template.ts';
import { listSteps } from '../alur/list-steps.ts';
import { keberatan } from '../keberatan/schema.ts';
import { permohonan } from './schema.ts';
import { sampleRequest } from './test-fixture.ts';

// The migration that moved the requests' and objections' case histories into the one workflow
// history: an installation at the migration before it, with steps in the two old tables, is
// migrated to the end, on the test's own driver (PGlite, or PostgreSQL when that is the project).

const onPostgres = process.env.WARTA_TEST_DRIVER === 'postgres';
const MOVE = '0006_move_riwayat';
const dir = mkdtempSync(join(tmpdir(), 'warta-riwayat-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** The migrations folder cut just before the move, so a database can be left where an old installation was. */
function migrationsBeforeMove(): string {
  const folder = join(dir, 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const cut = journal.entries.findIndex((e) => e.tag === MOVE);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return folder;
}

async function emptyDatabase(): Promise<{ database: Database; migrateTo(folder: string): Promise<void> }> {
  if (!onPostgres) {
    const database = wrapPglite(await PGlite.create());
    cleanups.push(() => database.close());
    return { database, migrateTo: (folder) => migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder }) };
  }
  const server = process.env.TEST_DATABASE_URL as string;
  const name = `warta_riwayat_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(server, `create database ${name}`);
  const url = withDatabase(server, name);
  const database = await openDatabase({ databaseUrl: url });
  cleanups.push(async () => {
    await database.close().catch(() => {});
    await adminQuery(server, `drop database if exists ${name} with (force)`);
  });
  return {
    database,
    async migrateTo(folder) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await migratePg(drizzlePg(client), { migrationsFolder: folder });
      } finally {
        await client.end();
      }
    },
  };
}

describe('moving the case histories into alur_riwayat', () => {
  it('copies every step of both old tables, in time order, and drops them', async () => {
    const { database, migrateTo } = await emptyDatabase();
    await migrateTo(migrationsBeforeMove());
    const f = await seedFixture({ db: database.db } as Services);
    const [request] = await database.db
      .insert(permohonan)
      .values({ ...sampleRequest(), tenantId: f.tenant.id, unitId: f.unitA.id, number: 'PPID/A/2026/00001', year: 2026, sequence: 1, trackingTokenHash: 'x' })
      .returning();
    const [objection] = await database.db
      .insert(keberatan)
      .values({
        tenantId: f.tenant.id,
        unitId: f.unitA.id,
        number: 'KEB/A/2026/00001',
        year: 2026,
        sequence: 1,
        permohonanId: request!.id,
        permohonanNumber: request!.number,
        channel: 'langsung',
        receivedAt: new Date('2026-03-20T02:00:00Z'),
        grounds: ['a'],
        reason: 'Alasan uji',
        groundArisenOn: '2026-03-19',
      })
      .returning();
    // Written out of time order, two in the same instant (the old readers ordered those by id).
    const p = request!.id;
    const k = objection!.id;
    await database.executeSql(`
      insert into permohonan_riwayat (id, permohonan_id, from_status, to_status, actor_user_id, actor_label, at, note) values
        ('00000000-0000-4000-8000-00000000000b', '${p}', 'diproses', 'ditolak', '${f.admin.id}', 'admin@uji.test', '2026-03-18T03:00:00Z', 'Pasal 17'),
        ('00000000-0000-4000-8000-00000000000a', '${p}', null, 'terdaftar', null, 'formulir publik', '2026-03-02T01:00:00Z', null),
        ('00000000-0000-4000-8000-00000000000d', '${p}', 'terdaftar', 'diproses', '${f.admin.id}', 'admin@uji.test', '2026-03-03T01:00:00Z', null),
        ('00000000-0000-4000-8000-00000000000c', '${p}', 'terdaftar', 'terdaftar', null, 'sistem', '2026-03-03T01:00:00Z', 'Batas waktu dihitung ulang');
      insert into keberatan_riwayat (id, keberatan_id, from_status, to_status, actor_user_id, actor_label, at, note) values
        ('00000000-0000-4000-8000-00000000000f', '${k}', 'terdaftar', 'diproses', '${f.admin.id}', 'admin@uji.test', '2026-03-21T02:00:00Z', null),
        ('00000000-0000-4000-8000-00000000000e', '${k}', null, 'terdaftar', '${f.admin.id}', 'admin@uji.test', '2026-03-20T02:00:00Z', 'Terlambat');
    `);

    await migrateTo(migrationsFolder);

    const steps = (await listSteps(database.db, 'permohonan', p)).map((s) => [
      s.fromStatus,
      s.toStatus,
      s.actorUserId,
      s.actorLabel,
      s.at.toISOString(),
      s.note,
    ]);
    expect(steps).toEqual([
      [null, 'terdaftar', null, 'formulir publik', '2026-03-02T01:00:00.000Z', null],
      ['terdaftar', 'terdaftar', null, 'sistem', '2026-03-03T01:00:00.000Z', 'Batas waktu dihitung ulang'],
      ['terdaftar', 'diproses', f.admin.id, 'admin@uji.test', '2026-03-03T01:00:00.000Z', null],
      ['diproses', 'ditolak', f.admin.id, 'admin@uji.test', '2026-03-18T03:00:00.000Z', 'Pasal 17'],
    ]);
    const objectionSteps = await listSteps(database.db, 'keberatan', k);
    expect(objectionSteps.map((s) => [s.toStatus, s.note])).toEqual([
      ['terdaftar', 'Terlambat'],
      ['diproses', null],
    ]);
    // The ids follow time across both workflows: the objection's steps came after the request's.
    const ids = [...(await listSteps(database.db, 'permohonan', p)), ...objectionSteps].map((s) => s.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const left = await database.executeSql(`select count(*)::int as n from pg_class where relname in ('permohonan_riwayat', 'keberatan_riwayat')`);
    expect(left.rows[0]).toEqual({ n: 0 });
  }, 120_000); // every migration runs here, from an empty database: longer than a test usually takes
});
