import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { runMigrations } from '../db/migrate.ts';
import { wrapPglite } from '../db/open-pglite.ts';
import { templateDir, templateFile } from './template.ts';

/**
 * Migrates one PGlite template per run and dumps it; every test file then loads a copy of the
 * dump, which is far faster than migrating again. Both PGlite projects name this set-up (see
 * vitest.config.ts) and run it in the one main process, so the second waits for the first's.
 */
export default async function setup() {
  const run = globalThis as { wartaPgliteTemplate?: Promise<void> };
  run.wartaPgliteTemplate ??= migrateAndDump();
  await run.wartaPgliteTemplate;
}

async function migrateAndDump() {
  const pglite = await PGlite.create('memory://');
  await runMigrations(wrapPglite(pglite));
  const dump = await pglite.dumpDataDir('gzip');
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}
