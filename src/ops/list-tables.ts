import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { TRANSIENT_TABLES } from './backup-format.ts';

export type TableInfo = {
  name: string;
  /** Columns that can be written: generated columns are left for the database to compute. */
  columns: string[];
  primaryKey: string[];
  /** Nullable columns that point at the same table (a tree); filled in a second pass on restore. */
  selfReferences: string[];
  /** Columns fed by a sequence (serial, bigserial, identity): their sequence is reset after restore. */
  sequences: Array<{ column: string; sequence: string }>;
};

async function rows<T>(db: Queryable, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Every Warta table of the `public` schema except the transient ones, parents before children,
 * so inserting in this order never breaks a foreign key. A cycle between tables is refused.
 */
export async function listTables(db: Queryable): Promise<TableInfo[]> {
  const names = (
    await rows<{ name: string }>(
      db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`,
    )
  )
    .map((r) => r.name)
    .filter((n) => !TRANSIENT_TABLES.has(n));
  const edges = await rows<{ child: string; parent: string }>(
    db,
    sql`select ch.relname as child, pa.relname as parent from pg_constraint co
        join pg_class ch on ch.oid = co.conrelid join pg_class pa on pa.oid = co.confrelid
        join pg_namespace n on n.oid = ch.relnamespace
        where co.contype = 'f' and n.nspname = 'public'`,
  );
  // One after another: inside a transaction every query shares one connection.
  const tables: TableInfo[] = [];
  for (const name of foreignKeyOrder(names, edges)) tables.push(await describeTable(db, name));
  return tables;
}

function foreignKeyOrder(names: string[], edges: Array<{ child: string; parent: string }>): string[] {
  const wanted = new Set(names);
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent && wanted.has(e.child) && wanted.has(e.parent)) parents.get(e.child)?.add(e.parent);
  const done: string[] = [];
  const placed = new Set<string>();
  while (done.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const left = names.filter((n) => !placed.has(n));
      throw new Error(`foreign keys form a cycle between tables: ${left.join(', ')}`);
    }
    for (const n of ready) {
      placed.add(n);
      done.push(n);
    }
  }
  return done;
}

async function describeTable(db: Queryable, name: string): Promise<TableInfo> {
  const rel = sql`(quote_ident('public') || '.' || quote_ident(${name}))::regclass`;
  const columns = await rows<{ name: string; seq: string | null; notnull: boolean }>(
    db,
    sql`select a.attname as name, a.attnotnull as notnull, pg_get_serial_sequence(${rel}::text, a.attname) as seq
        from pg_attribute a where a.attrelid = ${rel} and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        order by a.attnum`,
  );
  const primaryKey = await rows<{ name: string }>(
    db,
    sql`select a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${rel} and i.indisprimary`,
  );
  const selfRefs = await rows<{ name: string }>(
    db,
    sql`select distinct a.attname as name from pg_constraint co join pg_attribute a on a.attrelid = co.conrelid and a.attnum = any(co.conkey)
        where co.contype = 'f' and co.conrelid = ${rel} and co.confrelid = ${rel}`,
  );
  const nullable = new Set(columns.filter((c) => !c.notnull).map((c) => c.name));
  const notNullSelfRef = selfRefs.find((r) => !nullable.has(r.name));
  if (notNullSelfRef) throw new Error(`table ${name}: self-reference ${notNullSelfRef.name} is NOT NULL; rows cannot be restored in any order`);
  return {
    name,
    columns: columns.map((c) => c.name),
    primaryKey: primaryKey.map((c) => c.name),
    selfReferences: selfRefs.map((r) => r.name),
    sequences: columns.filter((c) => c.seq).map((c) => ({ column: c.name, sequence: c.seq as string })),
  };
}

/** A table of the `public` schema as a quoted, schema-qualified identifier. */
export function publicTable(name: string) {
  return sql`${sql.identifier('public')}.${sql.identifier(name)}`;
}

/** Exact row count of one table. */
export async function countRows(db: Queryable, table: string): Promise<number> {
  const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${publicTable(table)}`);
  return Number(row?.n ?? 0);
}
