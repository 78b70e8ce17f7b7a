import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/open.ts';
import type { Tx } from '../db/types.ts';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, rowLine, wartaVersion } from './backup-format.ts';
import { countRows, listTables, publicTable, type TableInfo } from './list-tables.ts';
import { appliedMigrationCount } from './migration-count.ts';

const FETCH_SIZE = 1000;

/** The backup would overwrite an existing file; the operator must choose another name. */
export class BackupRefusedError extends Error {}

export type BackupResult = { file: string; bytes: number; header: BackupHeader };

/**
 * Writes every Warta table as gzipped JSON lines: one header line, then one line per row, tables
 * parents-first. It reads inside one REPEATABLE READ transaction so the file is one consistent
 * moment even while PostgreSQL keeps serving. The file appears only once it is complete.
 */
export async function writeBackup(database: Database, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new BackupRefusedError(`Berkas sudah ada, tidak ditimpa / the file exists and is not overwritten: ${file}`);
  const partial = `${file}.partial`;
  let header: BackupHeader | undefined;
  try {
    await database.db.transaction(
      async (tx) => {
        const tables = await listTables(tx);
        const counted: BackupHeader['tables'] = [];
        for (const t of tables) counted.push({ name: t.name, rows: await countRows(tx, t.name) });
        header = {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          wartaVersion: wartaVersion(),
          migrations: await appliedMigrationCount(tx),
          createdAt: new Date().toISOString(),
          driver: database.kind,
          tables: counted,
        };
        await pipeline(Readable.from(lines(tx, header, tables)), createGzip(), createWriteStream(partial, { mode: 0o600 }));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    renameSync(partial, file);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
  return { file, bytes: statSync(file).size, header: header as BackupHeader };
}

async function* lines(tx: Tx, header: BackupHeader, tables: TableInfo[]): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of tables) {
    // A cursor keeps memory flat however large the table is.
    await tx.execute(sql`declare warta_backup no scroll cursor for select to_jsonb(t)::text as r from ${publicTable(table.name)} t`);
    for (;;) {
      const page = (await tx.execute(sql.raw(`fetch ${FETCH_SIZE} from warta_backup`))) as unknown as { rows: Array<{ r: string }> };
      if (page.rows.length > 0) yield `${page.rows.map((row) => rowLine(table.name, row.r)).join('\n')}\n`;
      if (page.rows.length < FETCH_SIZE) break;
    }
    await tx.execute(sql`close warta_backup`);
  }
}
