import { mkdirSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { runMigrations } from '../db/migrate.ts';
import { wrapPglite } from '../db/open-pglite.ts';
import { templateDir, templateFile } from './template.ts';

/**
 * Migrates one PGlite template per run and dumps it; every test file then loads a copy of the
 * dump, which is far faster than migrating again.
 */
export default async function setup() {
  const pglite = await PGlite.create('memory://');
  await runMigrations(wrapPglite(pglite));
  const dump = await pglite.dumpDataDir('gzip');
  mkdirSync(templateDir, { recursive: true });
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
}
