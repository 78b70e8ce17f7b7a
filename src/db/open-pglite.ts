import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { createPgliteFolder } from './create-pglite-folder.ts';
import { type Database, drizzleOptions } from './open.ts';
import { pgliteConf } from './pglite-settings.ts';
import type { Db } from './types.ts';

/** Opens (creating on first use) the PGlite database in `<dataDir>/pg`. */
export async function openPgliteFolder(dataDir: string): Promise<Database> {
  const folder = join(dataDir, 'pg');
  mkdirSync(folder, { recursive: true });
  await createPgliteFolder(folder);
  return wrapPglite(await PGlite.create(folder, { postgresqlconf: pgliteConf(folder) }));
}

export function wrapPglite(client: PGlite): Database {
  return {
    kind: 'pglite',
    embedded: true,
    db: drizzlePglite(client, drizzleOptions) as unknown as Db,
    pglite: client,
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await client.query(text, values as unknown[]);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    close: () => client.close(),
  };
}
