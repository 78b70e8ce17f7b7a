import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isNativeCluster } from './native/init-cluster.ts';

/** The database Warta runs itself in its data folder: native PostgreSQL (default) or PGlite (WebAssembly, in-process). */
export type EmbeddedEngine = 'postgres' | 'pglite';

/** The data folder holds the other engine's database than WARTA_DB asks for. */
export class EngineMismatchError extends Error {}

export const movePglite = (dataDir: string) =>
  [
    'Memindahkan ke PostgreSQL bawaan / moving to the embedded PostgreSQL (stop the server first):',
    '  npm run warta -- backup warta.jsonl.gz',
    `  mv ${join(dataDir, 'pg')} ${join(dataDir, 'pg-pglite')}`,
    '  npm run warta -- restore warta.jsonl.gz',
  ].join('\n');

/**
 * Which engine opens `<dataDir>/pg`. A folder made by an earlier Warta holds a PGlite database:
 * it keeps being opened with PGlite (never silently replaced by an empty new database), and
 * `notice` tells how to move it. An explicit WARTA_DB that does not match the folder stops the start.
 */
export function embeddedEngineFor(dataDir: string, wanted?: EmbeddedEngine): { engine: EmbeddedEngine; notice?: string } {
  const folder = join(dataDir, 'pg');
  if (!existsSync(join(folder, 'PG_VERSION'))) return { engine: wanted ?? 'postgres' };
  const found: EmbeddedEngine = isNativeCluster(folder) ? 'postgres' : 'pglite';
  if (wanted && wanted !== found) {
    throw new EngineMismatchError(
      found === 'pglite'
        ? `${folder} berisi basis data PGlite, bukan PostgreSQL (WARTA_DB=postgres) / holds a PGlite database, not PostgreSQL.\n${movePglite(dataDir)}`
        : `${folder} berisi basis data PostgreSQL, bukan PGlite (WARTA_DB=pglite) / holds a PostgreSQL database, not PGlite. Unset WARTA_DB, or choose another WARTA_DATA_DIR.`,
    );
  }
  if (found === 'pglite' && !wanted) {
    return {
      engine: 'pglite',
      notice: `Folder ini berisi basis data PGlite dari Warta versi sebelumnya; Warta tetap memakainya. / This folder holds a PGlite database from an earlier Warta; Warta keeps using it.\n${movePglite(dataDir)}`,
    };
  }
  return { engine: found };
}
