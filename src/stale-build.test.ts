import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { staleBuildWarning } from './stale-build.ts';

const root = mkdtempSync(join(tmpdir(), 'warta-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, builtAt: number, changedAt: number): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'dist'), { recursive: true });
  mkdirSync(join(dir, 'src', 'modules'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'main.js'), '');
  writeFileSync(join(dir, 'dist', '.built'), '');
  writeFileSync(join(dir, 'src', 'modules', 'x.ts'), '');
  utimesSync(join(dir, 'dist', '.built'), builtAt, builtAt);
  utimesSync(join(dir, 'src', 'modules', 'x.ts'), changedAt, changedAt);
  return pathToFileURL(join(dir, 'dist', 'main.js')).href;
}

describe('a start from dist/ older than src/', () => {
  it('warns when a source file changed after the build, and not otherwise', () => {
    expect(staleBuildWarning(project('stale', 1_000, 2_000))).toMatch(/src\/ changed after the build: run `npm run build`/);
    expect(staleBuildWarning(project('fresh', 2_000, 1_000))).toBeNull();
  });

  it('says nothing when running the sources (tsx) or a dist/ without a build stamp', () => {
    expect(staleBuildWarning(pathToFileURL(join(root, 'src', 'main.ts')).href)).toBeNull();
    const url = project('unstamped', 1_000, 2_000);
    rmSync(join(root, 'unstamped', 'dist', '.built'));
    expect(staleBuildWarning(url)).toBeNull();
  });
});
