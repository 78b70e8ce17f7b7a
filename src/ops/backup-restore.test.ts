import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/open.ts';
import { inTransaction } from '../db/transaction.ts';
import { recordAudit, systemActor } from '../modules/audit/record-audit.ts';
import { auditLog } from '../modules/audit/schema.ts';
import { verifyAuditChain } from '../modules/audit/verify-audit-chain.ts';
import { sessions, users } from '../modules/auth/schema.ts';
import { outbox } from '../modules/mail/schema.ts';
import { tenants, units } from '../modules/org/schema.ts';
import { countRows, listTables } from './list-tables.ts';
import { RestoreRefusedError, restoreBackup } from './restore-backup.ts';
import { freshPglite, freshPostgres, seedBackupData, testAuditKey } from './test-databases.ts';
import { BackupRefusedError, writeBackup } from './write-backup.ts';

// The source is on the suite's driver, so both PGlite → PostgreSQL and PostgreSQL → PGlite are covered.
const onPostgres = process.env.WARTA_TEST_DRIVER === 'postgres';
let source: { services: { database: Database; db: Database['db'] }; stop(): Promise<void> };
let dir: string;
let file: string;
beforeAll(async () => {
  const opened = onPostgres ? await freshPostgres(process.env.TEST_DATABASE_URL as string) : null;
  const database = opened?.database ?? (await freshPglite());
  source = { services: { database, db: database.db }, stop: () => opened?.drop() ?? database.close() };
  await seedBackupData(source.services.database);
  dir = mkdtempSync(join(tmpdir(), 'warta-backup-'));
  file = join(dir, 'cadangan.jsonl.gz');
});
afterAll(async () => {
  await source.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function snapshot(database: Database) {
  const db = database.db;
  return {
    tenants: await db.select().from(tenants).orderBy(asc(tenants.id)),
    units: await db.select().from(units).orderBy(asc(units.id)),
    users: await db.select().from(users).orderBy(asc(users.id)),
    audit: await db.select().from(auditLog).orderBy(asc(auditLog.id)),
    outbox: await db.select().from(outbox).orderBy(asc(outbox.id)),
  };
}

async function expectSameData(target: Database) {
  for (const table of await listTables(source.services.db)) {
    expect({ table: table.name, rows: await countRows(target.db, table.name) }).toEqual({
      table: table.name,
      rows: await countRows(source.services.db, table.name),
    });
  }
  expect(await snapshot(target)).toEqual(await snapshot(source.services.database));
  expect(await target.db.select().from(sessions)).toEqual([]);
}

async function roundTrip(target: Database) {
  const result = await restoreBackup(target, file, testAuditKey());
  expect(result.audit).toEqual({ ok: true, rows: 5, anchors: 0 });
  await expectSameData(target);
  // The bigserial moved past the restored ids: the next audit row continues the chain.
  await inTransaction(target.db, (tx) => recordAudit(tx, systemActor, { action: 'uji.lanjut', entity: 'tenant' }));
  const ids = (await target.db.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id))).map((r) => r.id);
  expect(ids.at(-1)).toBe((ids.at(-2) ?? 0) + 1);
  expect(await verifyAuditChain(target.db, testAuditKey())).toEqual({ ok: true, rows: 6, anchors: 0 });
}

describe('backup and restore', () => {
  it('writes a header with format, version, migration count and row counts, leaving sessions out', async () => {
    const { header, bytes } = await writeBackup(source.services.database, file);
    expect(bytes).toBeGreaterThan(100);
    expect(header).toMatchObject({ format: 'warta-backup', formatVersion: 1, wartaVersion: '0.1.0', driver: source.services.database.kind });
    expect(header.migrations).toBeGreaterThanOrEqual(2);
    const names = header.tables.map((t) => t.name);
    expect(names).not.toContain('sessions');
    expect(names).not.toContain('rate_limits');
    expect(names.indexOf('tenants')).toBeLessThan(names.indexOf('units'));
    expect(names.indexOf('units')).toBeLessThan(names.indexOf('team_members'));
    expect(header.tables.find((t) => t.name === 'audit_log')?.rows).toBe(5);
    expect(header.tables.find((t) => t.name === 'users')?.rows).toBe(4);
  });

  it('never overwrites an existing file', async () => {
    await expect(writeBackup(source.services.database, file)).rejects.toBeInstanceOf(BackupRefusedError);
  });

  it('restores into an empty PGlite with every row, id and the audit chain intact', async () => {
    const target = await freshPglite();
    try {
      await roundTrip(target);
    } finally {
      await target.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('restores into an empty PostgreSQL database the same way', async () => {
    const target = await freshPostgres(process.env.TEST_DATABASE_URL as string);
    try {
      await roundTrip(target.database);
    } finally {
      await target.drop();
    }
  });

  it('refuses to restore into a database that already has data, and changes nothing', async () => {
    const before = await countRows(source.services.db, 'users');
    const refused = restoreBackup(source.services.database, file, testAuditKey());
    await expect(refused).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(restoreBackup(source.services.database, file, testAuditKey())).rejects.toThrow(/tidak kosong.*not empty/s);
    expect(await countRows(source.services.db, 'users')).toBe(before);
  });

  it('refuses a file that is not a Warta backup', async () => {
    const target = await freshPglite();
    try {
      const notGzip = restoreBackup(target, new URL(import.meta.url).pathname, testAuditKey());
      await expect(notGzip).rejects.toBeInstanceOf(RestoreRefusedError);
      await expect(notGzip).rejects.toThrow(/not a Warta backup/);
    } finally {
      await target.close();
    }
  });
});
