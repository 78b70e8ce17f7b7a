import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { EngineMismatchError, embeddedEngineFor } from './embedded-engine.ts';

const root = mkdtempSync(join(tmpdir(), 'warta-engine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A data folder whose pg/ looks like what PGlite or Warta's initdb leaves. */
function folder(name: string, kind: 'empty' | 'pglite' | 'postgres'): string {
  const dataDir = join(root, name);
  mkdirSync(join(dataDir, 'pg'), { recursive: true });
  if (kind !== 'empty') writeFileSync(join(dataDir, 'pg', 'PG_VERSION'), '18\n');
  if (kind === 'postgres') writeFileSync(join(dataDir, 'pg', 'warta.password'), 'x');
  return dataDir;
}

describe('which embedded engine opens a data folder', () => {
  it('a new folder gets PostgreSQL, or PGlite when WARTA_DB=pglite', () => {
    expect(embeddedEngineFor(join(root, 'missing'))).toEqual({ engine: 'postgres' });
    expect(embeddedEngineFor(folder('empty', 'empty'))).toEqual({ engine: 'postgres' });
    expect(embeddedEngineFor(folder('empty2', 'empty'), 'pglite')).toEqual({ engine: 'pglite' });
  });

  it("keeps an earlier Warta's PGlite folder on PGlite and says how to move it", () => {
    const dataDir = folder('old', 'pglite');
    const { engine, notice } = embeddedEngineFor(dataDir);
    expect(engine).toBe('pglite');
    expect(notice).toMatch(/holds a PGlite database from an earlier Warta; Warta keeps using it/);
    expect(notice).toContain('npm run warta -- backup warta.jsonl.gz');
    expect(notice).toContain(`mv ${join(dataDir, 'pg')} ${join(dataDir, 'pg-pglite')}`);
    expect(notice).toContain('npm run warta -- restore warta.jsonl.gz');
    expect(embeddedEngineFor(dataDir, 'pglite')).toEqual({ engine: 'pglite' });
  });

  it('opens a folder Warta initialised with PostgreSQL with PostgreSQL', () => {
    expect(embeddedEngineFor(folder('native', 'postgres'))).toEqual({ engine: 'postgres' });
  });

  it('stops when WARTA_DB contradicts the folder', () => {
    expect(() => embeddedEngineFor(folder('old2', 'pglite'), 'postgres')).toThrow(EngineMismatchError);
    expect(() => embeddedEngineFor(folder('old3', 'pglite'), 'postgres')).toThrow(/holds a PGlite database, not PostgreSQL/);
    expect(() => embeddedEngineFor(folder('native2', 'postgres'), 'pglite')).toThrow(/holds a PostgreSQL database, not PGlite/);
  });

  it('WARTA_DB accepts postgres or pglite and names itself otherwise', () => {
    expect(loadConfig({ WARTA_DB: 'pglite' }).embeddedEngine).toBe('pglite');
    expect(loadConfig({}).embeddedEngine).toBeUndefined();
    expect(() => loadConfig({ WARTA_DB: 'mysql' })).toThrow(/WARTA_DB/);
  });
});
