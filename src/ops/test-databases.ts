import { existsSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { runMigrations } from '../db/migrate.ts';
import { type Database, openDatabase } from '../db/open.ts';
import { wrapPglite } from '../db/open-pglite.ts';
import { inTransaction } from '../db/transaction.ts';
import { SecretBox } from '../lib/crypto.ts';
import { auditKeyOf, installAuditKey } from '../modules/audit/audit-key.ts';
import { recordAudit, systemActor } from '../modules/audit/record-audit.ts';
import { sessions } from '../modules/auth/schema.ts';
import { outbox } from '../modules/mail/schema.ts';
import type { Services } from '../services.ts';
import { seedFixture } from '../test/fixtures.ts';
import { TEST_SECRET_KEY } from '../test/harness.ts';
import { templateFile, withDatabase } from '../test/template.ts';

// Test support for the backup tests: fictional data and empty target databases on both drivers.

/** A new, migrated, empty in-memory PGlite database (a copy of the run's template when there is one). */
export async function freshPglite(): Promise<Database> {
  const template = existsSync(templateFile) ? new Blob([readFileSync(templateFile)]) : undefined;
  const database = wrapPglite(await PGlite.create(template ? { loadDataDir: template } : undefined));
  await runMigrations(database);
  return database;
}

/** A new, migrated, empty PostgreSQL database on the test server, and a way to drop it. */
export async function freshPostgres(serverUrl: string): Promise<{ database: Database; url: string; drop(): Promise<void> }> {
  const name = `warta_restore_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = withDatabase(serverUrl, name);
  const database = await openDatabase({ databaseUrl: url });
  await runMigrations(database, url);
  return {
    database,
    url,
    async drop() {
      await database.close().catch(() => {});
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Creates or drops a database through a short-lived connection to the server. */
export async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The fixture pemda plus audit rows, mails and a session, so every kind of table has rows. */
/** The audit key of the backup tests' chain (the harness's secret key); the CLI runs they start get the key too. */
export const testAuditKey = () => auditKeyOf(new SecretBox(TEST_SECRET_KEY));

export async function seedBackupData(database: Database) {
  installAuditKey(new SecretBox(TEST_SECRET_KEY));
  const fixture = await seedFixture({ db: database.db } as Services);
  for (let i = 0; i < 5; i++) {
    await inTransaction(database.db, (tx) =>
      recordAudit(tx, systemActor, {
        action: 'uji.catat',
        entity: 'tenant',
        entityId: fixture.tenant.id,
        tenantId: fixture.tenant.id,
        after: { urutan: i, catatan: 'Data fiktif' },
      }),
    );
  }
  await database.db
    .insert(outbox)
    .values({ tenantId: fixture.tenant.id, toAddress: 'warga@contoh.test', subject: 'Uji', text: 'Isi surat uji', purpose: 'uji', status: 'held' });
  await database.db.insert(sessions).values({ id: 'sesi-uji', userId: fixture.admin.id, csrfToken: 'csrf-uji', expiresAt: new Date(Date.now() + 3_600_000) });
  return fixture;
}
