import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/open.ts';
import type { Tx } from '../db/types.ts';
import { type ChainReport, verifyAuditChain } from '../modules/audit/verify-audit-chain.ts';
import { type BackupHeader, backupHeaderSchema, parseRowLine } from './backup-format.ts';
import { countRows, listTables, publicTable, type TableInfo } from './list-tables.ts';
import { appliedMigrationCount } from './migration-count.ts';

const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;

/** Restore will not run: the reason is meant for the operator, in Indonesian and English. */
export class RestoreRefusedError extends Error {}

export type RestoreResult = { header: BackupHeader; rows: number; audit: ChainReport };

/**
 * Loads a backup into an empty, freshly migrated database: rows go in verbatim (ids kept) inside
 * one transaction, sequences are moved past the restored ids, row counts must match the header,
 * and the audit chain is recomputed afterwards (with the installation's audit key). Anything unexpected rolls the whole restore back.
 */
export async function restoreBackup(database: Database, file: string, auditKey: Buffer): Promise<RestoreResult> {
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Number.POSITIVE_INFINITY });
  const lines = input[Symbol.asyncIterator]();
  try {
    const header = parseHeader(
      await lines.next().then(
        (first) => first.value as string | undefined,
        () => undefined,
      ),
    );
    const tables = await listTables(database.db);
    await refuseUnlessReady(database, header, tables);
    let rows = 0;
    await database.db.transaction(async (tx) => {
      rows = await insertRows(tx, header, new Map(tables.map((t) => [t.name, t])), lines);
      for (const table of tables) await resetSequences(tx, table);
      for (const { name, rows: expected } of header.tables) {
        const found = await countRows(tx, name);
        if (found !== expected) throw new Error(`table ${name}: ${found} rows restored, the backup header says ${expected}`);
      }
    });
    // Checked against the heads the backup carries; an anchor file beside the target belongs to
    // whatever was there before, so it is not consulted here.
    return { header, rows, audit: await verifyAuditChain(database.db, auditKey) };
  } finally {
    input.close();
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line ?? '');
  } catch {
    json = undefined;
  }
  const parsed = backupHeaderSchema.safeParse(json);
  if (!parsed.success) throw new RestoreRefusedError('Berkas ini bukan cadangan Warta yang dikenali. / This file is not a Warta backup this version can read.');
  return parsed.data;
}

async function refuseUnlessReady(database: Database, header: BackupHeader, tables: TableInfo[]): Promise<void> {
  const applied = await appliedMigrationCount(database.db);
  if (applied !== header.migrations) {
    throw new RestoreRefusedError(
      `Cadangan dibuat dengan ${header.migrations} migrasi (Warta ${header.wartaVersion}), basis data ini punya ${applied}; pulihkan dengan versi Warta yang membuat cadangan. / ` +
        `The backup was made with ${header.migrations} migrations (Warta ${header.wartaVersion}), this database has ${applied}; restore with the Warta version that made it.`,
    );
  }
  const known = new Set(tables.map((t) => t.name));
  const unknown = header.tables.filter((t) => !known.has(t.name)).map((t) => t.name);
  if (unknown.length) throw new RestoreRefusedError(`Tabel tidak dikenal / unknown tables in the backup: ${unknown.join(', ')}`);
  const filled: string[] = [];
  for (const t of tables) if ((await countRows(database.db, t.name)) > 0) filled.push(t.name);
  if (filled.length) {
    throw new RestoreRefusedError(
      `Basis data tujuan tidak kosong (${filled.join(', ')}); pulihkan hanya ke basis data baru yang kosong (mis. folder data baru, WARTA_DEMO=0). / ` +
        `The target database is not empty (${filled.join(', ')}); restore only into a new, empty database (e.g. a new data folder, WARTA_DEMO=0).`,
    );
  }
}

/** Rows of the table being restored, not yet inserted, and the inserted batches still to link up. */
type Pending = { table: TableInfo; batch: string[]; chars: number; kept: string[] };

async function insertRows(tx: Tx, header: BackupHeader, tables: Map<string, TableInfo>, lines: AsyncIterator<string>): Promise<number> {
  const order = header.tables.map((t) => t.name);
  let current = null as Pending | null;
  let position = -1;
  let total = 0;
  const finishTable = async () => {
    if (!current) return;
    await flush(tx, current);
    for (const batch of current.kept) await fillSelfReferences(tx, current.table, batch);
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (next.value === '') continue;
    const { table, rowJson } = parseRowLine(next.value);
    if (table !== current?.table.name) {
      await finishTable();
      const at = order.indexOf(table);
      if (at <= position) throw new Error(`rows of table ${table} are out of order in the backup`);
      position = at;
      current = { table: tables.get(table) as TableInfo, batch: [], chars: 0, kept: [] };
    }
    current.batch.push(rowJson);
    current.chars += rowJson.length;
    total++;
    if (current.batch.length >= BATCH_ROWS || current.chars >= BATCH_CHARS) await flush(tx, current);
  }
  await finishTable();
  return total;
}

async function flush(tx: Tx, pending: Pending): Promise<void> {
  if (pending.batch.length === 0) return;
  const { table } = pending;
  const json = `[${pending.batch.join(',')}]`;
  const selfRefs = new Set(table.selfReferences);
  // A row may point at a parent that comes later in the file: tree links are filled in after the table.
  const values = table.columns.map((c) => (selfRefs.has(c) ? sql`null` : sql.identifier(c)));
  await tx.execute(
    sql`insert into ${publicTable(table.name)} (${columnList(table.columns)}) overriding system value
        select ${sql.join(values, sql`, `)} from jsonb_populate_recordset(null::${publicTable(table.name)}, ${json}::jsonb)`,
  );
  if (selfRefs.size > 0) pending.kept.push(json);
  pending.batch = [];
  pending.chars = 0;
}

async function fillSelfReferences(tx: Tx, table: TableInfo, json: string): Promise<void> {
  if (table.primaryKey.length === 0) throw new Error(`table ${table.name} links to itself but has no primary key`);
  const set = sql.join(
    table.selfReferences.map((c) => sql`${sql.identifier(c)} = s.${sql.identifier(c)}`),
    sql`, `,
  );
  const match = sql.join(
    table.primaryKey.map((c) => sql`t.${sql.identifier(c)} = s.${sql.identifier(c)}`),
    sql` and `,
  );
  await tx.execute(
    sql`update ${publicTable(table.name)} t set ${set} from jsonb_populate_recordset(null::${publicTable(table.name)}, ${json}::jsonb) s where ${match}`,
  );
}

async function resetSequences(tx: Tx, table: TableInfo): Promise<void> {
  for (const { column, sequence } of table.sequences) {
    const max = sql`(select max(${sql.identifier(column)}) from ${publicTable(table.name)})`;
    await tx.execute(sql`select setval(${sequence}::regclass, coalesce(${max}, 1), ${max} is not null)`);
  }
}

function columnList(columns: string[]): SQL {
  return sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
}
