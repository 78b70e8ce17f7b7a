import type { Queryable } from './types.ts';

const statements = new WeakMap<object, Map<string, unknown>>();

/**
 * A prepared statement built once per database handle under its name, for queries every public
 * request runs with other values: neither drizzle (building the SQL) nor PostgreSQL (parsing and
 * planning a named statement, once per connection) repeats that work per request. The name must
 * stand for exactly one SQL text: values vary through `sql.placeholder`, never through the name.
 */
export function preparedOnce<T>(db: Queryable, name: string, build: (name: string) => T): T {
  let byName = statements.get(db);
  if (!byName) {
    byName = new Map();
    statements.set(db, byName);
  }
  let statement = byName.get(name) as T | undefined;
  if (!statement) {
    statement = build(name);
    byName.set(name, statement);
  }
  return statement;
}
